using System.CommandLine;
using System.Globalization;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.FactChecks;
using ClaimTracker.Core.Matching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// <c>claimtracker factchecks import FILE|URL</c> brings other fact-checkers' checks (ClaimReview HTML or JSON-LD,
/// CSV, TSV) into the library, then computes their vectors with a progress bar on stderr;
/// <c>claimtracker factchecks check "SENTENCE"</c> lists the closest checks. Results go to stdout.
/// </summary>
internal static class FactChecksCommand
{
    public static Command Create()
    {
        var source = new Argument<string>("source") { Description = "A file (.html, .json, .jsonld, .csv, .tsv) or an http(s) address of a fact-check page or feed" };
        var noVectors = new Option<bool>("--no-vectors") { Description = "Do not compute vectors now; the web app computes them in the background" };
        var import = new Command("import", "Import ClaimReview markup or a CSV/TSV of checks into the fact-check library.") { source, noVectors };
        import.SetAction((parse, cancellationToken) => ImportAsync(parse.GetValue(source)!, parse.GetValue(noVectors), cancellationToken));

        var sentence = new Argument<string>("sentence") { Description = "The claim to look for, in any words" };
        var top = new Option<int>("--top") { Description = "How many checks to list", DefaultValueFactory = _ => 5 };
        var check = new Command("check", "List the library's checks closest in meaning to a sentence.") { sentence, top };
        check.SetAction((parse, cancellationToken) => CheckAsync(parse.GetValue(sentence)!, parse.GetValue(top), cancellationToken));

        return new Command("factchecks", "The fact-check library: other fact-checkers' checks and our own published verdicts.") { import, check };
    }

    private static async Task<int> ImportAsync(string source, bool noVectors, CancellationToken cancellationToken)
    {
        await using var services = CliServices.Build();
        FactCheckImportResult result;
        await using (var scope = services.CreateAsyncScope())
        {
            await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>(), cancellationToken);
            var importer = scope.ServiceProvider.GetRequiredService<FactCheckImporter>();
            try
            {
                result = IsWebAddress(source)
                    ? await importer.ImportUrlAsync(source, null, cancellationToken)
                    : await ImportFileAsync(importer, source, services.GetRequiredService<IOptions<FactCheckOptions>>().Value, cancellationToken);
            }
            catch (FactCheckImportRefusedException ex)
            {
                await Console.Error.WriteLineAsync($"claimtracker: {ex.Message}");
                return 1;
            }
        }

        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Imported {source}: {result.Added} added, {result.Duplicates} already in the library, {result.Skipped.Count} skipped (import {result.ImportId})."));
        foreach (var skipped in result.Skipped)
        {
            await Console.Out.WriteLineAsync($"  skipped: {skipped.Where}: {skipped.Reason}");
        }

        if (!noVectors)
        {
            await EmbedAsync(services, cancellationToken);
        }

        return 0;
    }

    private static async Task<FactCheckImportResult> ImportFileAsync(FactCheckImporter importer, string path, FactCheckOptions limits, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FactCheckImportRefusedException($"{path}: no such file.");
        }

        // Checked before reading, so a huge file is never loaded into memory.
        var length = new FileInfo(path).Length;
        if (length > limits.MaxFileBytes)
        {
            throw new FactCheckImportRefusedException(
                $"{Path.GetFileName(path)} is too large: {Core.Importing.DocumentReader.FormatBytes(length)}, the limit is {Core.Importing.DocumentReader.FormatBytes(limits.MaxFileBytes)} (FactChecks:MaxFileBytes). Nothing was imported.");
        }

        return await importer.ImportFileAsync(path, await File.ReadAllBytesAsync(path, cancellationToken), null, cancellationToken);
    }

    private static async Task EmbedAsync(ServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var vectors = scope.ServiceProvider.GetRequiredService<FactCheckVectors>();
        var pending = await vectors.PendingAsync(cancellationToken);
        if (pending == 0)
        {
            return;
        }

        var stderr = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await stderr.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Computing vectors", maxValue: pending);
                await vectors.EmbedPendingAsync(new Progress<int>(done => task.Value = done), cancellationToken);
                task.Value = task.MaxValue;
            });
    }

    private static async Task<int> CheckAsync(string sentence, int top, CancellationToken cancellationToken)
    {
        await using var services = CliServices.Build();
        await using var scope = services.CreateAsyncScope();
        await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>(), cancellationToken);
        var answer = await scope.ServiceProvider.GetRequiredService<FactCheckMatcher>().FindAsync(sentence, Math.Clamp(top, 1, 100), cancellationToken);
        if (answer.Pending > 0)
        {
            await Console.Error.WriteLineAsync($"{answer.Pending} checks have no vectors yet and were not searched; `claimtracker factchecks import` computes them.");
        }

        foreach (var m in answer.Matches)
        {
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{m.Similarity:0.000}\t{m.RatingText ?? "-"}\t{m.CheckedBy}\t{m.Url}\t{m.ClaimReviewed}\t{Badges(m.Contrast)}"));
        }

        return 0;
    }

    /// <summary>The web page's contrast badges as words: signs that a close check may still be another claim.</summary>
    internal static string Badges(ClaimContrast contrast)
    {
        List<string> badges = [];
        if (contrast.NumbersDiffer)
        {
            badges.Add("numbers differ");
        }

        if (contrast.NegationDiffers)
        {
            badges.Add("negation differs");
        }

        if (contrast.DirectionDiffers)
        {
            badges.Add("opposite direction");
        }

        return badges.Count == 0 ? "-" : string.Join(", ", badges);
    }

    private static bool IsWebAddress(string value) =>
        value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
