using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ClaimTracker.Core.Matching;
using ClaimTracker.Core.Repeats;
using ClaimTracker.Core.Data;
using Humanizer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// <c>claimtracker repeats calibrate</c> chooses the repeat-linking threshold on judged query/claim pairs and
/// prints precision and recall per threshold; <c>claimtracker repeats link</c> links repeats across articles in the
/// configured database.
/// </summary>
internal static class RepeatsCommand
{
    public static Command Create() => new("repeats", "Claims said again in other articles: link them, or choose the similarity threshold.")
    {
        CalibrateCommand(),
        LinkCommand(),

    };

    private static Command CalibrateCommand()
    {
        var corpus = new Option<string>("--corpus") { Description = "id<TAB>text file of the stored claims (header line 'id<TAB>text')", Required = true };
        var queries = new Option<string>("--queries") { Description = "id<TAB>text file of the claims that repeat them (the split the threshold is chosen on)", Required = true };
        var qrels = new Option<string>("--qrels") { Description = "TREC qrels: 'QUERY 0 CLAIM RELEVANCE' lines naming each query's repeated claims", Required = true };
        var devQueries = new Option<string?>("--dev-queries") { Description = "Another split's queries, measured at the chosen threshold" };
        var devQrels = new Option<string?>("--dev-qrels") { Description = "That split's qrels" };
        var negatives = new Option<int>("--negatives") { Description = "Nearest non-repeated claims judged per query (the links a linker would wrongly make)", DefaultValueFactory = _ => 5 };
        var minPrecision = new Option<double?>("--min-precision") { Description = "Choose the highest recall at this precision or more instead of the best F0.5" };
        var command = new Command("calibrate", "Choose the repeat-linking similarity threshold on judged pairs; prints precision/recall per threshold.")
        {
            corpus, queries, qrels, devQueries, devQrels, negatives, minPrecision,
        };
        command.SetAction((parse, token) => Task.FromResult(Calibrate(
            parse.GetValue(corpus)!, parse.GetValue(queries)!, parse.GetValue(qrels)!, parse.GetValue(devQueries), parse.GetValue(devQrels),
            parse.GetValue(negatives), parse.GetValue(minPrecision), token)));
        return command;
    }

    private static int Calibrate(
        string corpusPath, string queriesPath, string qrelsPath, string? devQueriesPath, string? devQrelsPath,
        int negatives, double? minPrecision, CancellationToken cancellationToken)
    {
        if (negatives < 0 || minPrecision is < 0 or > 1 || (devQueriesPath is null) != (devQrelsPath is null))
        {
            Console.Error.WriteLine("claimtracker repeats calibrate: --negatives must be 0 or more, --min-precision between 0 and 1, and --dev-queries comes with --dev-qrels");
            return 1;
        }

        if (!IdTextFile.TryRead(corpusPath, out var corpus, out var error)
            || !IdTextFile.TryRead(queriesPath, out var train, out error)
            || !Qrels.TryRead(qrelsPath, out var trainQrels, out error))
        {
            Console.Error.WriteLine($"claimtracker repeats calibrate: {error}");
            return 1;
        }

        IReadOnlyList<IdTextFile.Row> dev = [];
        IReadOnlyDictionary<string, HashSet<string>> devQrels = new Dictionary<string, HashSet<string>>();
        if (devQueriesPath is not null && (!IdTextFile.TryRead(devQueriesPath, out dev, out error) || !Qrels.TryRead(devQrelsPath!, out devQrels, out error)))
        {
            Console.Error.WriteLine($"claimtracker repeats calibrate: {error}");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        // The embedder the app is configured with, so the threshold fits the vectors the linker will compare.
        using var services = new ServiceCollection()
            .AddClaimMatching(CliServices.BuildConfiguration(new Dictionary<string, string?>
            {
                [$"{MatchingOptions.Section}:{nameof(MatchingOptions.ModelThreads)}"] = Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture),
            }))
            .BuildServiceProvider();
        var embedder = services.GetRequiredService<ITextEmbedder>();
        using var index = new ExactVectorIndex(embedder.Dimensions);
        var corpusVectors = embedder.Embed([.. corpus.Select(r => r.Text)], cancellationToken);
        var position = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < corpus.Count; i++)
        {
            index.Upsert(i, corpusVectors[i]);
            position[corpus[i].Id] = i;
        }

        Console.Error.WriteLine($"claimtracker repeats calibrate: {corpus.Count} claims embedded with {embedder.ModelId} in {clock.Elapsed.TotalSeconds:F1} s");

        var trainPairs = Judge(embedder, index, position, train, trainQrels, negatives, cancellationToken);
        var rows = RepeatCalibration.Sweep(trainPairs, 0.30f, 0.95f, 0.01f);
        var chosen = RepeatCalibration.Choose(rows, minPrecision);
        var stdout = Console.Out;
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# {Path.GetFileName(queriesPath)}: {trainPairs.Count(p => p.IsRepeat)} repeat pairs, {trainPairs.Count(p => !p.IsRepeat)} nearest non-repeats ({negatives} per query); model {embedder.ModelId}"));
        stdout.WriteLine("threshold\tprecision\trecall\tF1\tF0.5\tTP\tFP\tFN");
        foreach (var row in rows)
        {
            stdout.WriteLine(Format(row, row == chosen ? "\t<- chosen" : string.Empty));
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"chosen threshold {chosen.Threshold:F2} ({(minPrecision is { } floor ? $"highest recall at precision >= {floor:F2}, else best F0.5" : "best F0.5")}) on {Path.GetFileName(queriesPath)}: {Format(chosen, string.Empty)}"));
        if (dev.Count > 0)
        {
            var devPairs = Judge(embedder, index, position, dev, devQrels, negatives, cancellationToken);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"at {chosen.Threshold:F2} on {Path.GetFileName(devQueriesPath)} ({devPairs.Count(p => p.IsRepeat)} repeat pairs, {devPairs.Count(p => !p.IsRepeat)} nearest non-repeats): {Format(RepeatCalibration.At(devPairs, chosen.Threshold), string.Empty)}"));
        }

        Console.Error.WriteLine($"claimtracker repeats calibrate: done in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    private static IReadOnlyList<ScoredPair> Judge(
        ITextEmbedder embedder, ExactVectorIndex index, Dictionary<string, long> position,
        IReadOnlyList<IdTextFile.Row> queries, IReadOnlyDictionary<string, HashSet<string>> qrels, int negatives, CancellationToken cancellationToken)
    {
        // Queries nobody judged say nothing about either kind of error.
        var judged = queries.Where(q => qrels.ContainsKey(q.Id)).ToList();
        var vectors = embedder.Embed([.. judged.Select(q => q.Text)], cancellationToken);
        return RepeatCalibration.Pairs(index, judged.Select((q, i) => (vectors[i], (IReadOnlySet<long>)qrels[q.Id]
            .Where(position.ContainsKey).Select(id => position[id]).ToHashSet())), negatives);
    }

    private static string Format(ThresholdRow row, string suffix) => string.Create(CultureInfo.InvariantCulture,
        $"{row.Threshold:F2}\t{row.Precision:F3}\t{row.Recall:F3}\t{row.F1:F3}\t{row.F05:F3}\t{row.TruePositives}\t{row.FalsePositives}\t{row.FalseNegatives}{suffix}");

    private static Command LinkCommand()
    {
        var article = new Option<int?>("--article") { Description = "Link this article's claims (embedding any that have no vector yet)" };
        var all = new Option<bool>("--all") { Description = "Link every claim that has a stored vector of the current model" };
        var command = new Command("link", "Link claims that say the same as claims of other articles (Repeats), by meaning.") { article, all };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(article) is null) == !result.GetValue(all))
            {
                result.AddError("Give either --article N or --all.");
            }
        });
        command.SetAction((parse, token) => LinkAsync(parse.GetValue(article), token));
        return command;
    }

    private static async Task<int> LinkAsync(int? articleId, CancellationToken cancellationToken)
    {
        await using var services = CliServices.Build();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        await DatabaseSetup.MigrateAsync(db, cancellationToken);
        var linker = scope.ServiceProvider.GetRequiredService<RepeatLinker>();
        if (articleId is { } id)
        {
            if (!await db.Articles.AnyAsync(a => a.Id == id, cancellationToken))
            {
                await Console.Error.WriteLineAsync($"claimtracker repeats link: no article {id}");
                return 1;
            }

            var added = await linker.LinkArticleAsync(id, cancellationToken);
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Article {id}: {"repeat link".ToQuantity(added)} added."));
            return 0;
        }

        var modelId = scope.ServiceProvider.GetRequiredService<ITextEmbedder>().ModelId;
        var total = await db.ClaimVectors.CountAsync(v => v.ModelId == modelId, cancellationToken);
        RepeatLinkSummary summary = null!;
        await AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }).Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Linking repeats", maxValue: Math.Max(1, total));
                summary = await linker.LinkAllAsync(new Progress<int>(done => task.Value = done), cancellationToken);
                task.Value = task.MaxValue;
            });
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{"claim".ToQuantity(summary.Claims)} searched, {"repeat link".ToQuantity(summary.Added)} added."));
        if (summary.WithoutVector > 0)
        {
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Not yet searched, having no vector: {"claim".ToQuantity(summary.WithoutVector)}; they are linked once their vectors are computed."));
        }

        return 0;
    }
}
