namespace ClaimTracker.Core.Importing;

public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>Largest body accepted, in characters of normalized text.</summary>
    public int MaxBodyChars { get; set; } = 1_000_000;
}
