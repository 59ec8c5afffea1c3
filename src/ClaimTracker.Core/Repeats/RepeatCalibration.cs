using ClaimTracker.Core.Matching;

namespace ClaimTracker.Core.Repeats;

/// <summary>A query paired with one stored claim, its similarity, and whether the pair is judged the same claim.</summary>
public readonly record struct ScoredPair(float Similarity, bool IsRepeat);

/// <summary>What linking every pair at or above <see cref="Threshold"/> would do to the judged pairs.</summary>
public sealed record ThresholdRow(float Threshold, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => FScore(1);

    /// <summary>F0.5 weighs precision twice as much as recall.</summary>
    public double F05 => FScore(0.5);

    private double FScore(double beta)
    {
        var b2 = beta * beta;
        var denominator = (b2 * Precision) + Recall;
        return denominator == 0 ? 0 : (1 + b2) * Precision * Recall / denominator;
    }
}

/// <summary>
/// Chooses the repeat-linking threshold on judged data. The pairs are what a linker meets: each query against the
/// claims it truly repeats (positives) and against its nearest claims that it does not repeat (the hard negatives
/// that a too-low threshold would link). A wrong repeat link misleads a reviewer, so the choice favours precision:
/// the best F0.5 (precision weighed twice as much as recall), or the highest recall at a required precision.
/// </summary>
public static class RepeatCalibration
{
    /// <summary>
    /// The judged pairs of each query: every relevant corpus item, and the <paramref name="negativesPerQuery"/> most
    /// similar items that are not relevant.
    /// </summary>
    public static IReadOnlyList<ScoredPair> Pairs(
        ExactVectorIndex corpus, IEnumerable<(float[] Query, IReadOnlySet<long> Relevant)> queries, int negativesPerQuery)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(queries);
        var pairs = new List<ScoredPair>();
        foreach (var (query, relevant) in queries)
        {
            foreach (var id in relevant)
            {
                if (corpus.Similarity(id, query) is { } similarity)
                {
                    pairs.Add(new ScoredPair(similarity, IsRepeat: true));
                }
            }

            foreach (var hit in corpus.Search(query, negativesPerQuery, id => !relevant.Contains(id)))
            {
                pairs.Add(new ScoredPair(hit.Similarity, IsRepeat: false));
            }
        }

        return pairs;
    }

    public static ThresholdRow At(IReadOnlyList<ScoredPair> pairs, float threshold)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        int tp = 0, fp = 0, fn = 0;
        foreach (var pair in pairs)
        {
            var linked = pair.Similarity >= threshold;
            if (pair.IsRepeat)
            {
                if (linked)
                {
                    tp++;
                }
                else
                {
                    fn++;
                }
            }
            else if (linked)
            {
                fp++;
            }
        }

        return new ThresholdRow(threshold, tp, fp, fn);
    }

    /// <summary>One row per threshold from <paramref name="from"/> to <paramref name="to"/> (inclusive) in <paramref name="step"/>s.</summary>
    public static IReadOnlyList<ThresholdRow> Sweep(IReadOnlyList<ScoredPair> pairs, float from, float to, float step)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(step);
        var rows = new List<ThresholdRow>();
        var steps = (int)Math.Round((to - from) / step);
        for (var i = 0; i <= steps; i++)
        {
            rows.Add(At(pairs, MathF.Round(from + (i * step), 4)));
        }

        return rows;
    }

    /// <summary>
    /// The row with the best F0.5 (the higher threshold on a tie); given <paramref name="minimumPrecision"/>, the
    /// highest recall among rows that reach it (on a tie the more precise, then the higher threshold), or the best F0.5 if none does.
    /// </summary>
    public static ThresholdRow Choose(IReadOnlyList<ThresholdRow> rows, double? minimumPrecision = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            throw new ArgumentException("No thresholds to choose from.", nameof(rows));
        }

        // Only thresholds that link something can be judged on precision: linking nothing is trivially precise.
        var precise = minimumPrecision is { } floor ? rows.Where(r => r.TruePositives > 0 && r.Precision >= floor).ToList() : [];
        return precise.Count > 0
            ? precise.OrderByDescending(r => r.Recall).ThenByDescending(r => r.Precision).ThenByDescending(r => r.Threshold).First()
            : rows.OrderByDescending(r => r.F05).ThenByDescending(r => r.Threshold).First();
    }
}
