using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.FactChecks;
using ClaimTracker.Core.Importing;
using ClaimTracker.Core.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// <c>claimtracker vectors rebuild [--force]</c> computes the sentence vectors that claims and library checks lack
/// (or hold from another model), with a progress bar on stderr, and brings the claim index file up to date;
/// <c>claimtracker vectors status</c> counts stored and pending vectors and describes the index file.
/// </summary>
internal static class VectorsCommand
{
    public static Command Create()
    {
        var force = new Option<bool>("--force") { Description = "Recompute every vector and rebuild the claim index, not only what is missing or stale" };
        var rebuild = new Command("rebuild", "Compute missing or stale vectors of claims and fact-check library entries, and bring the claim index up to date.") { force };
        rebuild.SetAction((parse, cancellationToken) => RebuildAsync(parse.GetValue(force), cancellationToken));

        var status = new Command("status", "Count stored and pending vectors per model and describe the claim index file.");
        status.SetAction((_, cancellationToken) => StatusAsync(cancellationToken));

        return new Command("vectors", "Sentence vectors of claims and library checks, and the claim index.") { rebuild, status };
    }

    private static async Task<int> RebuildAsync(bool force, CancellationToken cancellationToken)
    {
        // Bulk work: the model may use every core and takes bigger batches, as `match` does.
        await using var services = CliServices.Build(new Dictionary<string, string?>
        {
            ["Matching:ModelThreads"] = Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture),
            ["ClaimVectors:BatchSize"] = "128",
        });
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        await DatabaseSetup.MigrateAsync(db, cancellationToken);
        var claims = scope.ServiceProvider.GetRequiredService<ClaimVectors>();
        var checks = scope.ServiceProvider.GetRequiredService<FactCheckVectors>();
        var index = services.GetRequiredService<ClaimVectorIndex>();
        var clock = Stopwatch.StartNew();

        if (force)
        {
            await db.FactChecks.ExecuteUpdateAsync(s => s.SetProperty(f => f.VectorModel, (string?)null), cancellationToken);
            await index.RebuildAsync(cancellationToken);
        }

        var claimWork = force ? await db.Claims.CountAsync(cancellationToken) : await claims.PendingAsync(cancellationToken);
        var checkWork = await checks.PendingAsync(cancellationToken);
        var (claimsDone, checksDone) = await WithProgressAsync(claimWork, checkWork, async (claimProgress, checkProgress) => (
            claimWork > 0 ? await claims.EmbedPendingAsync(claimProgress, cancellationToken, force) : 0,
            checkWork > 0 ? await checks.EmbedPendingAsync(checkProgress, cancellationToken) : 0));

        await index.LoadedAsync(cancellationToken);
        await index.SyncAsync(cancellationToken);
        await index.FlushAsync(cancellationToken);
        var state = await index.StatusAsync(cancellationToken);
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Computed {claimsDone} claim vectors and {checksDone} fact-check vectors in {clock.Elapsed.TotalSeconds:F1} s."));
        await Console.Out.WriteLineAsync(DescribeIndex(state));
        return 0;
    }

    private static async Task<(int, int)> WithProgressAsync(int claimWork, int checkWork, Func<IProgress<int>, IProgress<int>, Task<(int, int)>> work)
    {
        if (claimWork + checkWork == 0)
        {
            return await work(new Progress<int>(), new Progress<int>());
        }

        if (Console.IsErrorRedirected)
        {
            // No terminal to redraw a bar on: a line per tenth of the work, readable in a log.
            return await work(new TextProgress("claim vectors", claimWork), new TextProgress("fact-check vectors", checkWork));
        }

        var stderr = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        (int, int) result = default;
        await stderr.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var claimTask = context.AddTask("Claim vectors", maxValue: Math.Max(claimWork, 1));
                var checkTask = context.AddTask("Fact-check vectors", maxValue: Math.Max(checkWork, 1));
                result = await work(new Progress<int>(done => claimTask.Value = done), new Progress<int>(done => checkTask.Value = done));
                claimTask.Value = claimTask.MaxValue;
                checkTask.Value = checkTask.MaxValue;
            });
        return result;
    }

    private static async Task<int> StatusAsync(CancellationToken cancellationToken)
    {
        await using var services = CliServices.Build();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        await DatabaseSetup.MigrateAsync(db, cancellationToken);
        var embedder = services.GetRequiredService<ITextEmbedder>();
        var claims = scope.ServiceProvider.GetRequiredService<ClaimVectors>();
        var checks = scope.ServiceProvider.GetRequiredService<FactCheckVectors>();

        var claimCount = await db.Claims.CountAsync(cancellationToken);
        var pending = await claims.PendingAsync(cancellationToken);
        await Console.Out.WriteLineAsync($"Model: {embedder.ModelId}");
        await Console.Out.WriteLineAsync(Invariant($"Claims: {claimCount}, with a vector of this model {claimCount - pending}, pending {pending}"));
        foreach (var (model, count) in await claims.StoredByModelAsync(cancellationToken))
        {
            var current = string.Equals(model, embedder.ModelId, StringComparison.Ordinal) ? "current" : "stale, recomputed by rebuild";
            await Console.Out.WriteLineAsync(Invariant($"  stored claim vectors of {model}: {count} ({current})"));
        }

        var checkCount = await db.FactChecks.CountAsync(cancellationToken);
        var checkPending = await checks.PendingAsync(cancellationToken);
        await Console.Out.WriteLineAsync(Invariant($"Fact-check library: {checkCount}, with a vector of this model {checkCount - checkPending}, pending {checkPending}"));
        await Console.Out.WriteLineAsync(DescribeIndex(await services.GetRequiredService<ClaimVectorIndex>().StatusAsync(cancellationToken)));
        return 0;
    }

    private static string DescribeIndex(ClaimIndexStatus state)
    {
        if (state.IndexPath is null)
        {
            return $"Claim index: {state.Kind}, built from the stored vectors when the web app first searches.";
        }

        var file = state.IndexBytes is { } bytes ? $"{state.IndexPath} ({DocumentReader.FormatBytes(bytes)})" : $"{state.IndexPath} (missing)";
        var condition = state.Staleness is null
            ? Invariant($"up to date, {state.Manifest!.Count} vectors")
            : $"stale ({state.Staleness}); rebuilt from the stored vectors on first use or by `claimtracker vectors rebuild`";
        return $"Claim index: {state.Kind}, {file}: {condition}";
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Progress as plain lines on stderr, one per tenth of the work.</summary>
    private sealed class TextProgress(string what, int total) : IProgress<int>
    {
        private int _lastTenth;

        public void Report(int value)
        {
            var tenth = total == 0 ? 10 : Math.Min(10, value * 10 / total);
            if (tenth > _lastTenth || value == total)
            {
                _lastTenth = tenth;
                Console.Error.WriteLine(Invariant($"{what}: {value}/{total} ({value * 100 / Math.Max(total, 1)}%)"));
            }
        }
    }
}
