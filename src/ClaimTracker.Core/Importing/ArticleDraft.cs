namespace ClaimTracker.Core.Importing;

/// <summary>An article as it arrives, before normalization: pasted, uploaded, fetched or seeded.</summary>
public sealed record ArticleDraft(
    string Body,
    string? Title = null,
    string? Outlet = null,
    string? Byline = null,
    string? OriginalUrl = null,
    DateTime? PublishedAt = null,
    string? Language = null);

public sealed record ImportResult(int ArticleId, bool Created, int ClaimCount);

public enum ImportStatus
{
    Imported,
    Duplicate,
    Failed,
}

/// <summary>What became of one article of a batch: its id when imported or already there, the reason when it failed.</summary>
public sealed record ImportOutcome(ImportStatus Status, int? ArticleId, int ClaimCount, string? Error)
{
    public static ImportOutcome Failed(string error) => new(ImportStatus.Failed, null, 0, error);

    public static ImportOutcome From(ImportResult result) =>
        new(result.Created ? ImportStatus.Imported : ImportStatus.Duplicate, result.ArticleId, result.ClaimCount, null);
}

/// <summary>An import refused for a reason the user can act on; the message is shown as is.</summary>
public sealed class ImportRejectedException(string message) : Exception(message);
