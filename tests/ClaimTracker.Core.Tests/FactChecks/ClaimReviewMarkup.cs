namespace ClaimTracker.Core.Tests.FactChecks;

/// <summary>ClaimReview markup written for these tests, shaped like what fact-checkers publish.</summary>
internal static class ClaimReviewMarkup
{
    public const string Bridge = """
        {
          "@context": "https://schema.org",
          "@type": "ClaimReview",
          "url": "https://checker.example/checks/bridge-cost",
          "claimReviewed": "The new river bridge cost twice its budget.",
          "datePublished": "2026-03-14",
          "author": { "@type": "Organization", "name": "Example Checks", "url": "https://checker.example/" },
          "itemReviewed": {
            "@type": "Claim",
            "author": { "@type": "Person", "name": "Mayor Ada Quill" },
            "datePublished": "2026-03-10"
          },
          "reviewRating": { "@type": "Rating", "ratingValue": "2", "bestRating": 5, "worstRating": 1, "alternateName": "Mostly false" }
        }
        """;

    /// <summary>A news page: an article object and a ClaimReview in one @graph, plus an unrelated block.</summary>
    public static string Page(string graphItems) => $$"""
        <!doctype html>
        <html><head>
        <title>Fact check: the bridge</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[]}</script>
        <script type="application/ld+json">
        { "@context": "https://schema.org", "@graph": [ { "@type": "NewsArticle", "headline": "Fact check" }, {{graphItems}} ] }
        </script>
        <script>var notJsonLd = { "@type": "ClaimReview" };</script>
        </head><body><p>Article text</p></body></html>
        """;
}
