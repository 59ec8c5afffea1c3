namespace ClaimTracker.Core.Domain;

/// <summary>"On Friday, Iran denied the claims" → Denies → the claims it denies.</summary>
public sealed class ClaimRelation
{
    public int Id { get; set; }

    public int FromClaimId { get; set; }

    public Claim? FromClaim { get; set; }

    public int ToClaimId { get; set; }

    public Claim? ToClaim { get; set; }

    public ClaimRelationType Type { get; set; }
}
