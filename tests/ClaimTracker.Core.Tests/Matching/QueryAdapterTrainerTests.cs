using System.Numerics.Tensors;
using ClaimTracker.Core.Matching;

namespace ClaimTracker.Core.Tests.Matching;

public sealed class QueryAdapterTrainerTests
{
    private const int Dimensions = 16;

    /// <summary>
    /// Texts as random unit vectors; each query is its text seen through a fixed distortion (a shear that leaks one
    /// half of the coordinates into the other) plus noise, as a post words a checked claim its own way. Looked up
    /// with the identity, the distortion sends many queries to the wrong text.
    /// </summary>
    private static (float[][] Corpus, float[][] Queries, int[][] Matches) Distorted(int corpusSize, int queryCount, int seed)
    {
        var random = new Random(seed);
        var corpus = Enumerable.Range(0, corpusSize).Select(_ => Unit(Enumerable.Range(0, Dimensions).Select(_ => (float)Gaussian(random)).ToArray())).ToArray();
        var matches = Enumerable.Range(0, queryCount).Select(_ => new[] { random.Next(corpusSize) }).ToArray();
        var queries = matches.Select(m =>
        {
            var text = corpus[m[0]];
            var query = new float[Dimensions];
            for (var d = 0; d < Dimensions; d++)
            {
                query[d] = (d < Dimensions / 2 ? text[d] + (2.5f * text[d + (Dimensions / 2)]) : 0.3f * text[d]) + (0.05f * (float)Gaussian(random));
            }

            return Unit(query);
        }).ToArray();
        return (corpus, queries, matches);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static float[] Unit(float[] vector)
    {
        TensorPrimitives.Divide(vector, TensorPrimitives.Norm(vector), vector);
        return vector;
    }

    private static double TopOneAccuracy(QueryAdapter? adapter, float[][] corpus, float[][] queries, int[][] matches) =>
        queries.Select((q, i) =>
        {
            var mapped = adapter?.Apply(q) ?? q;
            var best = Enumerable.Range(0, corpus.Length).MaxBy(j => TensorPrimitives.Dot(mapped, corpus[j]));
            return matches[i].Contains(best) ? 1.0 : 0.0;
        }).Average();

    [Fact]
    public void A_fitted_map_finds_the_matching_text_for_queries_it_never_saw()
    {
        var (corpus, queries, matches) = Distorted(200, 600, seed: 7);
        var (trainQueries, trainMatches) = (queries[..400], matches[..400]);
        var (heldOut, heldOutMatches) = (queries[400..], matches[400..]);
        var training = new QueryAdapterTraining { Epochs = 20, Temperature = 0.05, Regularisation = 0.001, LearningRate = 0.01 };

        var adapter = QueryAdapterTrainer.Train("test-model", corpus, trainQueries, trainMatches, training, cancellationToken: TestContext.Current.CancellationToken);

        var before = TopOneAccuracy(null, corpus, heldOut, heldOutMatches);
        var after = TopOneAccuracy(adapter, corpus, heldOut, heldOutMatches);
        Assert.True(before < 0.8, $"the distortion should defeat the identity, which found {before:P0}");
        Assert.True(after > before + 0.15, $"identity {before:P0}, fitted map {after:P0}");
        Assert.Equal("test-model", adapter.ModelName);
    }

    [Fact]
    public void Training_lowers_the_loss_on_its_pairs()
    {
        var (corpus, queries, matches) = Distorted(100, 200, seed: 3);
        var training = new QueryAdapterTraining { Epochs = 3, Temperature = 0.05 };

        var adapter = QueryAdapterTrainer.Train("m", corpus, queries, matches, training, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(
            QueryAdapterTrainer.Loss(adapter, corpus, queries, matches, 0.05) < QueryAdapterTrainer.Loss(null, corpus, queries, matches, 0.05));
    }

    [Fact]
    public void The_gradient_agrees_with_a_finite_difference_of_the_loss()
    {
        var (corpus, queries, matches) = Distorted(12, 1, seed: 5);
        var delta = new float[Dimensions * Dimensions];
        var random = new Random(2);
        for (var i = 0; i < delta.Length; i++)
        {
            delta[i] = (float)(random.NextDouble() - 0.5) * 0.1f;
        }

        var toMapped = QueryAdapterTrainer.MappedGradient(delta, Dimensions, queries[0], corpus, matches[0], temperature: 0.1);

        // dL/dΔ[r, c] = dL/du[r] · q[c]; compare one weight with a central difference.
        const int Row = 3, Column = 11;
        const float Step = 1e-3f;
        double LossWith(float change)
        {
            var shifted = (float[])delta.Clone();
            shifted[(Row * Dimensions) + Column] += change;
            return QueryAdapterTrainer.Loss(new QueryAdapter("m", Dimensions, shifted), corpus, queries, matches, 0.1);
        }

        var numeric = (LossWith(Step) - LossWith(-Step)) / (2 * Step);
        Assert.Equal(numeric, toMapped[Row] * queries[0][Column], 2);
    }

    [Fact]
    public void Queries_without_a_match_in_the_corpus_cannot_train_a_map()
    {
        var (corpus, queries, _) = Distorted(10, 3, seed: 1);

        Assert.Throws<ArgumentException>(() => QueryAdapterTrainer.Train("m", corpus, queries, [[], [], [42]], cancellationToken: TestContext.Current.CancellationToken));
    }
}
