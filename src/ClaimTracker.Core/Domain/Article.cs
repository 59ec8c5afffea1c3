namespace ClaimTracker.Core.Domain;

public sealed class Article
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public string? Outlet { get; set; }

    public string? Byline { get; set; }

    public string? OriginalUrl { get; set; }

    public DateTime? PublishedAt { get; set; }

    public string Language { get; set; } = "en";

    /// <summary>Normalized text (NFC, <c>\n</c> line endings); claim spans index into it in UTF-16 code units.</summary>
    public required string Body { get; set; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Body"/>; unique, so re-importing finds the existing article.</summary>
    public required string ContentHash { get; set; }

    public ArticleStatus Status { get; set; }

    public string? AssignedReviewerId { get; set; }

    public ApplicationUser? AssignedReviewer { get; set; }

    public string? SignedOffById { get; set; }

    public ApplicationUser? SignedOffBy { get; set; }

    public DateTime? SignedOffAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedById { get; set; }

    public ApplicationUser? CreatedBy { get; set; }

    public Guid Version { get; set; }

    /// <summary>
    /// Changes whenever the article's claims, or the sources they name, are saved (see
    /// <see cref="Data.ClaimTrackerDbContext"/>), so readers can keep derived views of the claims until it moves.
    /// Not a concurrency token: editing one claim must not conflict with editing the article.
    /// </summary>
    public Guid ClaimsVersion { get; set; }

    public List<Claim> Claims { get; } = [];
}
