using System.CommandLine;
using System.Diagnostics;
using ClaimTracker.Core.Matching;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// <c>claimtracker adapter train --corpus FILE.tsv --queries FILE.tsv --qrels FILE --out FILE</c>: fits a
/// <see cref="QueryAdapter"/> on judged pairs of a query and the corpus texts it matches, so lookups can learn a
/// newsroom's own wording. The adapter that ships for each model was made this way (docs/matching.md).
/// </summary>
internal static class AdapterCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "id<TAB>text file of the texts looked up among (header line 'id<TAB>text')", Required = true };
        var queries = new Option<string>("--queries") { Description = "id<TAB>text file of the texts looked up", Required = true };
        var qrels = new Option<string>("--qrels") { Description = "TREC judgements naming each query's matching corpus ids", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the adapter file", Required = true };
        var model = ModelOptions.Model();
        var precision = ModelOptions.Precision();
        var defaults = new QueryAdapterTraining();
        var epochs = new Option<int>("--epochs") { Description = "Passes over the pairs", DefaultValueFactory = _ => defaults.Epochs };
        var temperature = new Option<double>("--temperature") { Description = "Softmax temperature over cosine similarities", DefaultValueFactory = _ => defaults.Temperature };
        var regularisation = new Option<double>("--regularisation") { Description = "Pull of the map towards the identity", DefaultValueFactory = _ => defaults.Regularisation };

        var train = new Command("train", "Fit a query adapter on judged query/corpus pairs.") { corpus, queries, qrels, output, model, precision, epochs, temperature, regularisation };
        train.SetAction((parse, token) => Task.FromResult(Train(
            parse.GetValue(corpus)!, parse.GetValue(queries)!, parse.GetValue(qrels)!, parse.GetValue(output)!, parse.GetValue(model)!, parse.GetValue(precision)!,
            defaults with { Epochs = parse.GetValue(epochs), Temperature = parse.GetValue(temperature), Regularisation = parse.GetValue(regularisation) },
            token)));
        return new Command("adapter", "Learned maps of query vectors.") { train };
    }

    private static int Train(string corpusPath, string queriesPath, string qrelsPath, string outputPath, string model, string precision, QueryAdapterTraining training, CancellationToken cancellationToken)
    {
        if (training.Epochs < 1 || training.Temperature <= 0 || training.Regularisation < 0)
        {
            Console.Error.WriteLine("claimtracker adapter train: --epochs must be at least 1, --temperature above 0 and --regularisation not negative");
            return 1;
        }

        if (!IdTextFile.TryRead(corpusPath, out var corpus, out var error)
            || !IdTextFile.TryRead(queriesPath, out var queries, out error)
            || !Qrels.TryRead(qrelsPath, out var relevant, out error))
        {
            Console.Error.WriteLine($"claimtracker adapter train: {error}");
            return 1;
        }

        var positions = corpus.Select((row, i) => (row.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var judged = queries
            .Select(q => (q.Text, Matches: relevant.TryGetValue(q.Id, out var ids) ? ids.Where(positions.ContainsKey).Select(id => positions[id]).ToArray() : []))
            .Where(q => q.Matches.Length > 0)
            .ToList();
        if (judged.Count == 0)
        {
            Console.Error.WriteLine("claimtracker adapter train: no query has a judged match in the corpus");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        // The map is fitted on the model's own query vectors, so any configured adapter is left out here.
        using var embedder = ModelOptions.BulkEmbedder(model, precision, MatchingOptions.NoAdapter);
        var corpusVectors = embedder.Embed([.. corpus.Select(r => r.Text)], cancellationToken);
        var queryVectors = embedder.EmbedQueries([.. judged.Select(q => q.Text)], cancellationToken);
        Console.Error.WriteLine($"claimtracker adapter train: {corpus.Count} corpus texts and {judged.Count} judged queries embedded with {embedder.ModelId} in {clock.Elapsed.TotalSeconds:F1} s");

        var matches = judged.Select(q => q.Matches).ToList();
        var before = QueryAdapterTrainer.Loss(null, corpusVectors, queryVectors, matches, training.Temperature);
        var adapter = QueryAdapterTrainer.Train(embedder.Model.Name, corpusVectors, queryVectors, matches, training, cancellationToken: cancellationToken);
        var after = QueryAdapterTrainer.Loss(adapter, corpusVectors, queryVectors, matches, training.Temperature);

        var temporary = outputPath + ".tmp";
        using (var file = File.Create(temporary))
        {
            adapter.Write(file);
        }

        File.Move(temporary, outputPath, overwrite: true);
        Console.Error.WriteLine($"claimtracker adapter train: loss on the pairs {before:F3} → {after:F3}; adapter written to {outputPath} in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }
}
