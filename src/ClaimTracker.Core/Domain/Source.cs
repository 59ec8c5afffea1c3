namespace ClaimTracker.Core.Domain;

/// <summary>A person or body claims are attributed to, shared across articles.</summary>
public sealed class Source
{
    public int Id { get; set; }

    public required string CanonicalName { get; set; }

    public SourceKind Kind { get; set; }

    public string? Affiliation { get; set; }

    public List<string> Aliases { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public Guid Version { get; set; }

    public List<Claim> Claims { get; } = [];
}
