namespace ClaimTracker.Extraction.Tests;

/// <summary>Runs the extractor, checks the output is well formed, and keeps the attributed claims.</summary>
internal static class Extract
{
    public static List<ExtractedClaim> Attributed(string text)
    {
        var claims = new ClaimExtractor().Extract(text);
        RobustnessTests.AssertWellFormed(text, claims);
        return [.. claims.Where(c => c.IsAttributed)];
    }
}
