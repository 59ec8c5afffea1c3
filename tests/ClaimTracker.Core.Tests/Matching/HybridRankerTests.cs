using ClaimTracker.Core.Matching;

namespace ClaimTracker.Core.Tests.Matching;

public sealed class HybridRankerTests
{
    [Fact]
    public void A_text_both_signals_rank_beats_one_ranked_first_by_a_single_signal()
    {
        var fused = HybridRanker.Fuse(semantic: [7, 3, 9], lexical: [5, 9, 3]).ToList();

        // 3 and 9 are found by both; 7 and 5 lead one ranking each.
        Assert.Equal([3, 9], fused.Take(2).Select(r => r.Id).Order());
        Assert.Equal([5, 7], fused.Skip(2).Select(r => r.Id).Order());
    }

    [Fact]
    public void Scores_are_summed_reciprocal_ranks_and_ties_go_to_the_smaller_id()
    {
        var fused = HybridRanker.Fuse(semantic: [8, 2], lexical: [2, 8]).ToList();

        Assert.Equal([2, 8], fused.Select(r => r.Id));
        Assert.Equal((1f / (HybridRanker.FusionK + 1)) + (1f / (HybridRanker.FusionK + 2)), fused[0].Score, 6);
        Assert.Equal(fused[0].Score, fused[1].Score, 6);
    }

    [Fact]
    public void One_empty_ranking_leaves_the_other_in_its_order()
    {
        var fused = HybridRanker.Fuse(semantic: [], lexical: [4, 1, 6]).ToList();

        Assert.Equal([4, 1, 6], fused.Select(r => r.Id));
    }
}
