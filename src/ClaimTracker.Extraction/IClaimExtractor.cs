namespace ClaimTracker.Extraction;

public interface IClaimExtractor
{
    /// <summary>Claims in document order. Never throws on any string input.</summary>
    IReadOnlyList<ExtractedClaim> Extract(string text);
}
