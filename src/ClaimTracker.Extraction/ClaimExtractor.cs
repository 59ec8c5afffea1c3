namespace ClaimTracker.Extraction;

/// <summary>
/// Placeholder until the attribution extractor lands: every sentence becomes an unattributed claim.
/// </summary>
public sealed class ClaimExtractor : IClaimExtractor
{
    public IReadOnlyList<ExtractedClaim> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var claims = new List<ExtractedClaim>();
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            claims.Add(new ExtractedClaim(sentence, [sentence], sentence.Slice(text), ClaimKind.Unattributed));
        }

        return claims;
    }
}
