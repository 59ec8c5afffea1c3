namespace ClaimTracker.Core.Domain;

/// <summary>One changed field: who, when, old and new value. Written for every reviewer change.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public DateTime At { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    /// <summary>The article the change belongs to, when it belongs to one; not a foreign key, so history outlives deletions.</summary>
    public int? ArticleId { get; set; }

    /// <summary>The field changed, or an action ("Created", "Deleted", "SignIn") for events without a field.</summary>
    public required string Field { get; set; }

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }
}
