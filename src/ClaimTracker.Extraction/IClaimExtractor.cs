namespace ClaimTracker.Extraction;

public interface IClaimExtractor
{
    /// <summary>Claims in document order. Never throws on any string input.</summary>
    IReadOnlyList<ExtractedClaim> Extract(string text);

    /// <summary>
    /// Hands each claim to <paramref name="sink"/> in document order as soon as its paragraph is done, so a caller
    /// that writes claims out never holds them all.
    /// </summary>
    void Extract(string text, Action<ExtractedClaim> sink);

    /// <summary>
    /// Reads the text from <paramref name="reader"/> and hands on claims as <see cref="Extract(string, Action{ExtractedClaim})"/>
    /// does for the whole text, holding only a bounded window of it at a time.
    /// </summary>
    void Extract(TextReader reader, Action<ExtractedClaim> sink);
}
