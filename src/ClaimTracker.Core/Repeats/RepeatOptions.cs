namespace ClaimTracker.Core.Repeats;

/// <summary>When two claims of different articles count as the same claim said again (section Matching:Repeats).</summary>
public sealed class RepeatOptions
{
    public const string Section = "Matching:Repeats";

    /// <summary>
    /// Cosine similarity of the sentence vectors at or above which a claim is linked as a repeat. Chosen with
    /// <c>claimtracker repeats calibrate</c> for all-MiniLM-L6-v2 on the CheckThat-2020 claim-retrieval train split
    /// as the best F0.5 (precision 0.74, recall 0.52 there; 0.71 and 0.50 on the dev split; see docs/matching.md).
    /// Another model needs a new calibration.
    /// </summary>
    public float Threshold { get; set; } = 0.62f;

    /// <summary>Repeats linked per claim at most: the closest ones, so a common phrase cannot link a claim to hundreds.</summary>
    public int MaxPerClaim { get; set; } = 5;
}
