namespace ClaimTracker.Core.Auditing;

/// <summary>
/// Audit entries of what readers can see: an Editor publishing a version of a report or withdrawing it.
/// They carry the article's id, so the article's history shows them, and the version number as the entity.
/// </summary>
public static class ReportEvents
{
    public const string EntityType = "PublishedReport";

    public const string Published = nameof(Published);
    public const string Withdrawn = nameof(Withdrawn);
}
