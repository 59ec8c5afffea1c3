namespace ClaimTracker.Core.Matching;

public sealed class MatchingOptions
{
    public const string Section = "Matching";

    /// <summary>
    /// Threads one model call may use. One keeps a busy web app's requests from fighting over the cores;
    /// the CLI raises it for bulk work.
    /// </summary>
    public int ModelThreads { get; set; } = 1;

    /// <summary>Texts per model call in bulk embedding; sorted by length first so little padding is wasted.</summary>
    public int BatchSize { get; set; } = 32;
}
