namespace ClaimTracker.Core.FactChecks;

/// <summary>Settings under <c>FactChecks</c>: the limits an import of other fact-checkers' checks is held to.</summary>
public sealed class FactCheckOptions
{
    public const string Section = "FactChecks";

    /// <summary>Largest uploaded or pasted file, in bytes. A feed fetched from the web is held to <c>Import:MaxFileBytes</c>.</summary>
    public int MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>How deeply JSON may nest; real ClaimReview markup needs fewer than ten levels.</summary>
    public int MaxJsonDepth { get; set; } = 32;

    /// <summary>Most checks one import may hold.</summary>
    public int MaxRecords { get; set; } = 100_000;
}
