namespace ClaimTracker.Core.Domain;

/// <summary>
/// A sourcing report as an Editor published it: numbered per article and frozen, so what readers saw
/// stays readable after later corrections.
/// </summary>
public sealed class PublishedReport
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    /// <summary>1, 2, 3… per article.</summary>
    public int Number { get; set; }

    public DateTime PublishedAt { get; set; }

    public string? PublishedById { get; set; }

    public ApplicationUser? PublishedBy { get; set; }

    /// <summary>What changed since the previous version; required from version 2 on.</summary>
    public string? CorrectionsNote { get; set; }

    /// <summary>The report's data as JSON, exactly as published.</summary>
    public required string Snapshot { get; set; }

    /// <summary>The readable part of the public address (<c>/r/12/harbour-fares-rise</c>), made from the title when published.</summary>
    public string? Slug { get; set; }

    /// <summary>
    /// When an Editor took the report down: readers then get 410 Gone with <see cref="WithdrawalNote"/>, and the
    /// feed and sitemap leave it out. The snapshot stays, so the newsroom keeps its record.
    /// </summary>
    public DateTime? WithdrawnAt { get; set; }

    /// <summary>The short notice readers see in place of a withdrawn report.</summary>
    public string? WithdrawalNote { get; set; }
}
