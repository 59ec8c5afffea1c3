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
        using var text = InputText.TryOpen(path, out var error);
        if (text is null)
        {
            Console.Error.WriteLine($"claimtracker extract: {error}");
            return 1;
        }

        // The text is read window by window and claims are written as the extractor finds them, never collected:
        // memory stays bounded whatever the input's size.
        var extractor = new ClaimExtractor();
        using var stdout = Console.OpenStandardOutput();
        if (format == "json")
        {
            using var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            ClaimJsonWriter.WriteStart(writer);
            extractor.Extract(text, claim => ClaimJsonWriter.WriteClaim(writer, claim));
            ClaimJsonWriter.WriteEnd(writer);
            stdout.WriteByte((byte)'\n');
        }
        else
        {
            using var output = new StreamWriter(stdout);
            int count = 0, attributed = 0;
            extractor.Extract(text, claim =>
            {
                WriteRow(output, ++count, claim);
                attributed += claim.IsAttributed ? 1 : 0;
            });
            output.WriteLine($"{count} claims, {attributed} attributed");
        }

        return 0;
    }

    private static void WriteRow(TextWriter output, int number, ExtractedClaim c)
    {
        output.WriteLine($"#{number} [{c.Span.Start}-{c.Span.End}] {ClaimJsonWriter.KindName(c.Kind)}");
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
}
