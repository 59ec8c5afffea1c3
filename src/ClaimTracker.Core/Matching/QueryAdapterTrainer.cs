using System.Numerics.Tensors;

namespace ClaimTracker.Core.Matching;

/// <summary>How <see cref="QueryAdapterTrainer"/> fits a map. The defaults were chosen by five-fold cross-validation on
/// the train split of the claim-retrieval benchmark (docs/matching.md).</summary>
public sealed record QueryAdapterTraining
{
    /// <summary>Passes over the pairs; more fit the train pairs better and unseen ones worse.</summary>
    public int Epochs { get; init; } = 3;

    /// <summary>Softmax temperature over cosine similarities: low, so the loss is spent on the nearest rivals.</summary>
    public double Temperature { get; init; } = 0.05;

    /// <summary>Weight of the pull towards the identity (L2 on Δ), which keeps the map near the model's own space.</summary>
    public double Regularisation { get; init; } = 0.1;

    public double LearningRate { get; init; } = 1e-3;

    public int BatchSize { get; init; } = 16;

    public int Seed { get; init; } = 1;
}

/// <summary>
/// Fits a <see cref="QueryAdapter"/>: a linear map I + Δ of query vectors that raises, for each query, the softmax
/// probability of the corpus texts it matches against every other corpus text (a contrastive loss over the whole
/// corpus), with Adam and an L2 pull of Δ towards zero. One matrix with a closed-form gradient needs no deep-learning
/// framework: the corpus softmax per query is the whole cost (about 10 s for 800 queries against 10,000 texts).
/// </summary>
public static class QueryAdapterTrainer
{
    public static QueryAdapter Train(
        string modelName,
        IReadOnlyList<float[]> corpus,
        IReadOnlyList<float[]> queries,
        IReadOnlyList<int[]> matches,
        QueryAdapterTraining? training = null,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(matches);
        training ??= new QueryAdapterTraining();
        if (corpus.Count == 0 || queries.Count == 0)
        {
            throw new ArgumentException("Training needs a corpus and at least one query.");
        }

        if (matches.Count != queries.Count)
        {
            throw new ArgumentException("Every query needs its list of matching corpus positions.", nameof(matches));
        }

        var dimensions = corpus[0].Length;
        var usable = Enumerable.Range(0, queries.Count)
            .Where(q => matches[q].Length > 0 && matches[q].All(p => p >= 0 && p < corpus.Count))
            .ToArray();
        if (usable.Length == 0)
        {
            throw new ArgumentException("No query has a match in the corpus.", nameof(matches));
        }

        var delta = new float[dimensions * dimensions];
        var adam = new Adam(delta.Length, training.LearningRate);
        var gradient = new double[delta.Length];
        var random = new Random(training.Seed);
        var steps = training.Epochs * ((usable.Length + training.BatchSize - 1) / training.BatchSize);
        var done = 0;
        for (var epoch = 0; epoch < training.Epochs; epoch++)
        {
            var order = usable.OrderBy(_ => random.Next()).ToArray();
            foreach (var batch in order.Chunk(training.BatchSize))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var outer = new double[batch.Length][];
                Parallel.For(0, batch.Length, i =>
                    outer[i] = MappedGradient(delta, dimensions, queries[batch[i]], corpus, matches[batch[i]], training.Temperature));

                Array.Clear(gradient);
                for (var i = 0; i < batch.Length; i++)
                {
                    var query = queries[batch[i]];
                    var du = outer[i];
                    for (var row = 0; row < dimensions; row++)
                    {
                        var scale = du[row] / batch.Length;
                        var offset = row * dimensions;
                        for (var column = 0; column < dimensions; column++)
                        {
                            gradient[offset + column] += scale * query[column];
                        }
                    }
                }

                for (var i = 0; i < delta.Length; i++)
                {
                    gradient[i] += training.Regularisation * delta[i];
                }

                adam.Step(delta, gradient);
                progress?.Report((double)++done / steps);
            }
        }

        return new QueryAdapter(modelName, dimensions, delta);
    }

    /// <summary>
    /// The loss's gradient with respect to the mapped (unnormalised) query u = (I + Δ) q; the gradient with respect to
    /// Δ is its outer product with q.
    /// </summary>
    internal static double[] MappedGradient(float[] delta, int dimensions, float[] query, IReadOnlyList<float[]> corpus, int[] matches, double temperature)
    {
        var mapped = new float[dimensions];
        var norm = QueryAdapter.Map(delta, dimensions, query, mapped);
        var unit = new float[dimensions];
        TensorPrimitives.Divide(mapped, norm, unit);

        var logits = new double[corpus.Count];
        var max = double.MinValue;
        for (var j = 0; j < corpus.Count; j++)
        {
            logits[j] = TensorPrimitives.Dot(unit, corpus[j]) / temperature;
            max = Math.Max(max, logits[j]);
        }

        var total = 0.0;
        for (var j = 0; j < logits.Length; j++)
        {
            logits[j] = Math.Exp(logits[j] - max);
            total += logits[j];
        }

        // Cross-entropy against the matches, each weighted equally: dL/dlogit_j = p_j - target_j.
        var target = 1.0 / matches.Length;
        var toUnit = new double[dimensions];
        for (var j = 0; j < logits.Length; j++)
        {
            var weight = (logits[j] / total) - (Array.IndexOf(matches, j) >= 0 ? target : 0);
            if (Math.Abs(weight) < 1e-7)
            {
                continue;
            }

            var text = corpus[j];
            for (var d = 0; d < dimensions; d++)
            {
                toUnit[d] += weight * text[d] / temperature;
            }
        }

        // Through the normalisation: d(u/|u|)/du = (I - û ûᵀ) / |u|.
        var along = 0.0;
        for (var d = 0; d < dimensions; d++)
        {
            along += unit[d] * toUnit[d];
        }

        var result = new double[dimensions];
        for (var d = 0; d < dimensions; d++)
        {
            result[d] = (toUnit[d] - (unit[d] * along)) / norm;
        }

        return result;
    }

    /// <summary>The mean contrastive loss of <paramref name="adapter"/> (null: the identity) over the given queries.</summary>
    public static double Loss(QueryAdapter? adapter, IReadOnlyList<float[]> corpus, IReadOnlyList<float[]> queries, IReadOnlyList<int[]> matches, double temperature)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(matches);
        var sum = 0.0;
        for (var q = 0; q < queries.Count; q++)
        {
            var unit = adapter?.Apply(queries[q]) ?? queries[q];
            var logits = corpus.Select(text => TensorPrimitives.Dot(unit, text) / temperature).ToArray();
            var max = logits.Max();
            var logTotal = max + Math.Log(logits.Sum(l => Math.Exp(l - max)));
            sum += matches[q].Average(p => logTotal - logits[p]);
        }

        return sum / queries.Count;
    }

    private sealed class Adam(int size, double learningRate)
    {
        private const double Beta1 = 0.9;
        private const double Beta2 = 0.999;
        private readonly double[] first = new double[size];
        private readonly double[] second = new double[size];
        private int step;

        public void Step(float[] weights, double[] gradient)
        {
            step++;
            var correction1 = 1 - Math.Pow(Beta1, step);
            var correction2 = 1 - Math.Pow(Beta2, step);
            for (var i = 0; i < weights.Length; i++)
            {
                first[i] = (Beta1 * first[i]) + ((1 - Beta1) * gradient[i]);
                second[i] = (Beta2 * second[i]) + ((1 - Beta2) * gradient[i] * gradient[i]);
                weights[i] -= (float)(learningRate * (first[i] / correction1) / (Math.Sqrt(second[i] / correction2) + 1e-8));
            }
        }
    }
}
