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

/// <summary>An import refused for a reason the user can act on; the message is shown as is.</summary>
public sealed class ImportRejectedException(string message) : Exception(message);
