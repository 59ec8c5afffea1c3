using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Importing;
using ClaimTracker.Core.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// <c>claimtracker import PATH...</c>: files, or folders searched recursively, into the configured database.
/// Commits one transaction per batch, so an interrupted run keeps every finished batch, and a second run skips
/// what is already there by content hash. Progress goes to stderr; the summary goes to stdout.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders (searched recursively)", Arity = ArgumentArity.OneOrMore };
        var batchSize = new Option<int?>("--batch-size") { Description = "Articles per transaction (default: Import:BatchSize, 100)" };
        var command = new Command("import", $"Import articles ({DocumentReader.SupportedList}) into the configured database.") { paths, batchSize };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetValue(paths)!, parse.GetValue(batchSize), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, int? batchSizeOption, CancellationToken invocationToken)
    {
        // Ctrl+C stops after rolling back the batch in flight, then prints what was saved; a second run goes on from there.
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(invocationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            interrupt.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return await RunAsync(paths, batchSizeOption, interrupt);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static async Task<int> RunAsync(string[] paths, int? batchSizeOption, CancellationTokenSource interrupt)
    {
        var cancellationToken = interrupt.Token;
        var summary = new Summary();
        var files = FindFiles(paths, summary);
        await using var services = CliServices.Build();
        await using (var scope = services.CreateAsyncScope())
        {
            await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>(), cancellationToken);
        }

        var batchSize = Math.Max(1, batchSizeOption ?? services.GetRequiredService<IOptions<ImportOptions>>().Value.BatchSize);
        var reader = services.GetRequiredService<DocumentReader>();
        var stderr = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var interrupted = false;
        try
        {
            await stderr.Progress()
                .AutoClear(false)
                .HideCompleted(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var progress = context.AddTask("Importing", maxValue: Math.Max(1, files.Count));
                    foreach (var batch in files.Chunk(batchSize))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        await ImportBatchAsync(services, reader, batch, summary, cancellationToken);
                        progress.Increment(batch.Length);
                        progress.Description = $"Importing ({summary.Imported:N0} new, {summary.Duplicates:N0} duplicates, {summary.Failures.Count:N0} failed)";
                    }

                    progress.Value = progress.MaxValue;
                });
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            interrupted = true;
        }

        await summary.WriteAsync(Console.Out, interrupted);
        return interrupted ? 130 : summary.Failures.Count > 0 ? 1 : 0;
    }

    private static async Task ImportBatchAsync(ServiceProvider services, DocumentReader reader, string[] batch, Summary summary, CancellationToken cancellationToken)
    {
        // Reading and parsing files is independent work; the extractor parallelizes inside the importer.
        var read = new (ArticleDraft? Draft, string? Error)[batch.Length];
        Parallel.For(0, batch.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => read[i] = Read(reader, batch[i]));

        var drafts = new List<ArticleDraft>(batch.Length);
        var origins = new List<string>(batch.Length);
        for (var i = 0; i < batch.Length; i++)
        {
            if (read[i].Draft is { } draft)
            {
                drafts.Add(draft);
                origins.Add(batch[i]);
            }
            else
            {
                summary.Failures.Add((batch[i], read[i].Error!));
            }
        }

        // A scope per batch: a fresh context, so nothing tracked accumulates over 10,000 files.
        await using var scope = services.CreateAsyncScope();
        var outcomes = await scope.ServiceProvider.GetRequiredService<ArticleImporter>().ImportBatchAsync(drafts, userId: null, cancellationToken);
        for (var i = 0; i < outcomes.Count; i++)
        {
            switch (outcomes[i].Status)
            {
                case ImportStatus.Imported:
                    summary.Imported++;
                    summary.Claims += outcomes[i].ClaimCount;
                    break;
                case ImportStatus.Duplicate:
                    summary.Duplicates++;
                    break;
                default:
                    summary.Failures.Add((origins[i], outcomes[i].Error ?? "failed"));
                    break;
            }
        }
    }

    private static (ArticleDraft? Draft, string? Error) Read(DocumentReader reader, string path)
    {
        try
        {
            var draft = reader.ReadFile(path, File.ReadAllBytes(path));
            var sidecar = ReadSidecar(Path.ChangeExtension(path, ".json"));
            return (draft with
            {
                Title = sidecar?.Title ?? draft.Title ?? (DocumentReader.KindFromFileName(path) == DocumentKind.PlainText ? null : Path.GetFileNameWithoutExtension(path)),
                Outlet = sidecar?.Outlet ?? draft.Outlet,
                Byline = sidecar?.Byline ?? draft.Byline,
                OriginalUrl = sidecar?.Url ?? draft.OriginalUrl,
                PublishedAt = ParseDate(sidecar?.PublishedAt) ?? draft.PublishedAt,
                Language = sidecar?.Language ?? draft.Language,
            }, null);
        }
        catch (ImportRejectedException ex)
        {
            return (null, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot read the file: {ex.Message}");
        }
        catch (JsonException ex)
        {
            return (null, $"its metadata file {Path.GetFileName(Path.ChangeExtension(path, ".json"))} is not valid JSON: {ex.Message}");
        }
    }

    /// <summary>Files in the order given; folders searched recursively for supported files, skipping hidden ones.</summary>
    private static List<string> FindFiles(string[] paths, Summary summary)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path)))
                {
                    files.Add(path);
                }
            }
            else if (Directory.Exists(path))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
                foreach (var file in Directory.EnumerateFiles(path, "*", options).Order(StringComparer.Ordinal))
                {
                    if (DocumentReader.KindFromFileName(file) is null)
                    {
                        // Metadata sidecars (NAME.json) belong to their article and are not counted.
                        summary.Skipped += file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? 0 : 1;
                    }
                    else if (seen.Add(Path.GetFullPath(file)))
                    {
                        files.Add(file);
                    }
                }
            }
            else
            {
                summary.Failures.Add((path, "no such file or folder"));
            }
        }

        return files;
    }

    private static Sidecar? ReadSidecar(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        return JsonSerializer.Deserialize<Sidecar>(File.ReadAllBytes(path), SidecarJson);
    }

    private static DateTime? ParseDate(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date.UtcDateTime
            : null;

    private static readonly JsonSerializerOptions SidecarJson = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Optional <c>NAME.json</c> beside <c>NAME.txt</c>, the same shape as the seed articles' metadata.</summary>
    private sealed record Sidecar(string? Title, string? Outlet, string? Byline, string? Url, string? PublishedAt, string? Language);

    private sealed class Summary
    {
        public int Imported { get; set; }

        public int Duplicates { get; set; }

        public int Skipped { get; set; }

        public int Claims { get; set; }

        public List<(string Path, string Reason)> Failures { get; } = [];

        public async Task WriteAsync(TextWriter output, bool interrupted)
        {
            if (interrupted)
            {
                await output.WriteLineAsync("Interrupted. Every finished batch is saved; run the same command again to import the rest.");
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Imported: {Imported} ({Claims} claims), duplicates: {Duplicates}, failed: {Failures.Count}{(Skipped > 0 ? $", skipped (not article files): {Skipped}" : "")}"));
            foreach (var (path, reason) in Failures)
            {
                await output.WriteLineAsync($"  failed: {path}: {reason}");
            }
        }
    }
}
