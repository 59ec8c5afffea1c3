using ClaimTracker.Core.Matching;
using ClaimTracker.Core.Repeats;

namespace ClaimTracker.Core.Tests.Repeats;

public sealed class RepeatCalibrationTests
{
    private static readonly ScoredPair[] Pairs =
    [
        new(0.95f, true), new(0.85f, true), new(0.75f, true), new(0.55f, true),
        new(0.80f, false), new(0.60f, false), new(0.50f, false), new(0.40f, false),
    ];

    [Fact]
    public void Counts_links_at_or_above_the_threshold()
    {
        var row = RepeatCalibration.At(Pairs, 0.75f);

        Assert.Equal(new ThresholdRow(0.75f, TruePositives: 3, FalsePositives: 1, FalseNegatives: 1), row);
        Assert.Equal(0.75, row.Precision);
        Assert.Equal(0.75, row.Recall);
    }

    [Fact]
    public void F05_weighs_precision_above_recall()
    {
        var precise = new ThresholdRow(0.8f, TruePositives: 5, FalsePositives: 0, FalseNegatives: 5);
        var thorough = new ThresholdRow(0.5f, TruePositives: 10, FalsePositives: 10, FalseNegatives: 0);

        Assert.Equal(precise.F1, thorough.F1, 3);
        Assert.True(precise.F05 > thorough.F05);
    }

    [Fact]
    public void Chooses_the_best_F05_by_default()
    {
        var rows = RepeatCalibration.Sweep(Pairs, 0.5f, 0.9f, 0.05f);

        var chosen = RepeatCalibration.Choose(rows);

        // 0.85: P 1.0, R 0.5 (F0.5 0.833) beats 0.75: P 0.75, R 0.75 (0.75) and 0.55: P 0.67, R 1.0 (0.71).
        Assert.Equal(0.85f, chosen.Threshold);
    }

    [Fact]
    public void With_a_precision_floor_chooses_the_highest_recall_that_reaches_it()
    {
        var rows = RepeatCalibration.Sweep(Pairs, 0.5f, 0.9f, 0.05f);

        Assert.Equal(0.75f, RepeatCalibration.Choose(rows, minimumPrecision: 0.75).Threshold);
        Assert.Equal(0.85f, RepeatCalibration.Choose(rows, minimumPrecision: 0.99).Threshold);
    }

    [Fact]
    public void Judges_each_query_against_its_repeats_and_its_nearest_other_claims()
    {
        using var corpus = new ExactVectorIndex(2);
        corpus.Upsert(1, [1f, 0f]);
        corpus.Upsert(2, [0.8f, 0.6f]);
        corpus.Upsert(3, [0f, 1f]);

        var pairs = RepeatCalibration.Pairs(corpus, [([1f, 0f], new HashSet<long> { 3 })], negativesPerQuery: 1);

        Assert.Equal([new ScoredPair(0f, true), new ScoredPair(1f, false)], pairs);
    }
}
