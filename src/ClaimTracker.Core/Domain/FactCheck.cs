namespace ClaimTracker.Core.Domain;

/// <summary>
/// One published verdict on one claim, by this newsroom (from its published reports) or by another fact-checker
/// (imported from ClaimReview markup or a spreadsheet). The library answers "has this been checked before?".
/// </summary>
public sealed class FactCheck
{
    public const int MaxClaimLength = 2000;

    public int Id { get; set; }

    /// <summary>The claim as the checker worded it, plain text.</summary>
    public required string ClaimReviewed { get; set; }

    /// <summary>The organisation that published the check.</summary>
    public required string CheckedBy { get; set; }

    public string? CheckedByUrl { get; set; }

    /// <summary>Who made the claim, when the check names them.</summary>
    public string? Claimant { get; set; }

    /// <summary>The verdict in the checker's words ("Pants on Fire", "Misleading").</summary>
    public string? RatingText { get; set; }

    /// <summary>The verdict on the checker's numeric scale, when it gives one; read with <see cref="BestRating"/> and <see cref="WorstRating"/>.</summary>
    public double? RatingValue { get; set; }

    public double? BestRating { get; set; }

    public double? WorstRating { get; set; }

    /// <summary>When the check was published, when known.</summary>
    public DateTime? CheckedOn { get; set; }

    /// <summary>Where the check can be read: an absolute http(s) address, or the app's own report address for own checks.</summary>
    public required string Url { get; set; }

    public FactCheckOrigin Origin { get; set; }

    /// <summary>The import that brought an imported check in; null for own checks.</summary>
    public int? ImportId { get; set; }

    public FactCheckImport? Import { get; set; }

    /// <summary>For own checks: the published report version the verdict comes from.</summary>
    public int? PublishedReportId { get; set; }

    public PublishedReport? PublishedReport { get; set; }

    /// <summary>
    /// For own checks: the article and claim reviewed. Plain numbers, not keys: re-extraction replaces claims,
    /// while the published verdict stands as it was published.
    /// </summary>
    public int? ArticleId { get; set; }

    public int? ClaimId { get; set; }

    /// <summary>SHA-256 of the address and the normalized claim text: the same check imported twice is stored once.</summary>
    public required string DedupKey { get; set; }

    public DateTime AddedAt { get; set; }

    /// <summary>The claim's sentence embedding, int8-encoded (see <c>VectorCodec</c>); null until the background embedder reaches it.</summary>
    public byte[]? Vector { get; set; }

    /// <summary>The model that made <see cref="Vector"/>; a vector from another model is stale and is computed again.</summary>
    public string? VectorModel { get; set; }
}

/// <summary>One run of an importer: what was read, by whom, and what came of it.</summary>
public sealed class FactCheckImport
{
    public int Id { get; set; }

    /// <summary>The file name or feed address imported.</summary>
    public required string SourceName { get; set; }

    public FactCheckFormat Format { get; set; }

    public DateTime ImportedAt { get; set; }

    public string? ImportedById { get; set; }

    public ApplicationUser? ImportedBy { get; set; }

    public int Added { get; set; }

    public int Duplicates { get; set; }

    public int Skipped { get; set; }
}

public enum FactCheckOrigin
{
    /// <summary>A rated claim of one of this newsroom's published reports.</summary>
    Own,

    /// <summary>Another fact-checker's published check.</summary>
    Imported,
}

public enum FactCheckFormat
{
    ClaimReviewHtml,
    ClaimReviewJson,
    Csv,
    Tsv,
}
