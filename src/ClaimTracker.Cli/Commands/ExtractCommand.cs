using System.CommandLine;
using System.Text.Json;
using ClaimTracker.Extraction;

namespace ClaimTracker.Cli.Commands;

/// <summary><c>claimtracker extract FILE --format json|text</c>: never touches the database; only the result goes to stdout.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "UTF-8 text file of one article" };
        var format = new Option<string>("--format") { Description = "json or text", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "text");

        var command = new Command("extract", "Print the claims found in an article.") { file, format };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(format)!));
        return command;
    }

    private static int Run(string path, string format)
    {
        if (!InputText.TryRead(path, out var text, out var error))
        {
            Console.Error.WriteLine($"claimtracker extract: {error}");
            return 1;
        }

        var claims = new ClaimExtractor().Extract(text);
        using var stdout = Console.OpenStandardOutput();
        if (format == "json")
        {
            using var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            ClaimJsonWriter.Write(writer, claims);
            writer.Flush();
            stdout.WriteByte((byte)'\n');
        }
        else
        {
            using var output = new StreamWriter(stdout);
            WriteTable(output, claims);
        }

        return 0;
    }

    private static void WriteTable(TextWriter output, IReadOnlyList<ExtractedClaim> claims)
    {
        for (var i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            output.WriteLine($"#{i + 1} [{c.Span.Start}-{c.Span.End}] {ClaimJsonWriter.KindName(c.Kind)}");
            if (c.IsAttributed)
            {
                output.WriteLine($"   source:  {c.Source}{(c.Speaker is not null && c.Speaker != c.Source ? $" (= {c.Speaker})" : "")}");
                output.WriteLine($"   cue:     {c.Cue}");
            }

            output.WriteLine($"   content: {c.Text}");
            if (c.Hedges.Count > 0)
            {
                output.WriteLine($"   hedges:  {string.Join(", ", c.Hedges)}");
            }
        }

        output.WriteLine($"{claims.Count} claims, {claims.Count(c => c.IsAttributed)} attributed");
    }
}
