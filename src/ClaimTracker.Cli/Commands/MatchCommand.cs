using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ClaimTracker.Core.Matching;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// <c>claimtracker match --corpus FILE.tsv --queries FILE.tsv [--top 5]</c>: ranks the corpus for each query by
/// meaning and prints TREC run lines (<c>QUERY_ID Q0 CLAIM_ID RANK SCORE claimtracker</c>) on stdout, progress and
/// timings on stderr. Needs no database.
/// </summary>
internal static class MatchCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "id<TAB>text file of the claims to search (header line 'id<TAB>text')", Required = true };
        var queries = new Option<string>("--queries") { Description = "id<TAB>text file of the claims to look up", Required = true };
        var top = new Option<int>("--top") { Description = "Matches printed per query", DefaultValueFactory = _ => 5 };
        var signal = new Option<string>("--signal") { Description = "hybrid (meaning plus BM25), semantic or lexical", DefaultValueFactory = _ => "hybrid" };
        signal.AcceptOnlyFromAmong("hybrid", "semantic", "lexical");
        var model = ModelOptions.Model();
        var precision = ModelOptions.Precision();
        var adapter = new Option<string>("--adapter") { Description = "Map of query vectors: BuiltIn, None or an adapter file (default: the web app's, Matching:QueryAdapter)", DefaultValueFactory = _ => new MatchingOptions().QueryAdapter };

        var command = new Command("match", "Rank a corpus of claims by meaning for each query claim (TREC run on stdout).") { corpus, queries, top, signal, model, precision, adapter };
        command.SetAction((parse, token) => Task.FromResult(Run(
            parse.GetValue(corpus)!, parse.GetValue(queries)!, parse.GetValue(top),
            Enum.Parse<RankingSignal>(parse.GetValue(signal)!, ignoreCase: true), parse.GetValue(model)!, parse.GetValue(precision)!, parse.GetValue(adapter)!, token)));
        return command;
    }

    private static int Run(string corpusPath, string queriesPath, int top, RankingSignal signal, string model, string precision, string adapter, CancellationToken cancellationToken)
    {
        if (top < 1)
        {
            Console.Error.WriteLine("claimtracker match: --top must be at least 1");
            return 1;
        }

        if (!IdTextFile.TryRead(corpusPath, out var corpus, out var error) || !IdTextFile.TryRead(queriesPath, out var queries, out error))
        {
            Console.Error.WriteLine($"claimtracker match: {error}");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        using var embedder = ModelOptions.BulkEmbedder(model, precision, adapter);
        if (!ModelOptions.TryLoadAdapter(embedder, "match", out error))
        {
            Console.Error.WriteLine(error);
            return 1;
        }

        using var ranker = new HybridRanker(embedder, [.. corpus.Select(r => r.Text)], signal, cancellationToken);
        Console.Error.WriteLine($"claimtracker match: {corpus.Count} corpus claims indexed with {embedder.ModelId} in {clock.Elapsed.TotalSeconds:F1} s");

        var ranked = ranker.Rank([.. queries.Select(r => r.Text)], top, cancellationToken);
        using var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
        for (var q = 0; q < queries.Count; q++)
        {
            for (var rank = 0; rank < ranked[q].Count; rank++)
            {
                var hit = ranked[q][rank];
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{queries[q].Id} Q0 {corpus[hit.Position].Id} {rank + 1} {hit.Score:F6} claimtracker"));
            }
        }

        stdout.Flush();
        Console.Error.WriteLine($"claimtracker match: {queries.Count} queries ranked, {clock.Elapsed.TotalSeconds:F1} s in all");
        return 0;
    }
}
