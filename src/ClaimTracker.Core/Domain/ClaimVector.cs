namespace ClaimTracker.Core.Domain;

/// <summary>
/// A claim's sentence embedding in compact form (see Matching.VectorCodec), with the model that made it: a vector
/// made by another model or text preparation is stale and recomputed.
/// </summary>
public sealed class ClaimVector
{
    public int ClaimId { get; set; }

    public required string ModelId { get; set; }

    public required byte[] Vector { get; set; }

    public DateTime ComputedAt { get; set; }
}
