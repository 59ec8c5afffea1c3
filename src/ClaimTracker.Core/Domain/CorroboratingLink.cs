namespace ClaimTracker.Core.Domain;

public sealed class CorroboratingLink
{
    public int Id { get; set; }

    public int ClaimId { get; set; }

    public Claim? Claim { get; set; }

    /// <summary>Absolute http or https URL; anything else is refused before it gets here.</summary>
    public required string Url { get; set; }

    public string? Title { get; set; }

    public string? Publisher { get; set; }

    public LinkStance Stance { get; set; }

    public DateTime? AccessedAt { get; set; }

    public string? Note { get; set; }

    public string? AddedById { get; set; }

    public ApplicationUser? AddedBy { get; set; }

    public DateTime AddedAt { get; set; }
}
