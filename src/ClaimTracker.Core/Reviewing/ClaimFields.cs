using ClaimTracker.Core.Domain;

namespace ClaimTracker.Core.Reviewing;

/// <summary>The annotations a reviewer edits in the claim panel.</summary>
public sealed record ClaimFields(
    ClaimKind Kind,
    string? Cue,
    string? SpeakerRole,
    int? SourceId,
    SourcingType SourcingType,
    string? AnonymityReason,
    ContestedStatus ContestedStatus,
    int? ContestedBySourceId,
    int? DeniedByClaimId,
    Rating Rating,
    IReadOnlyList<string> Hedges,
    string? ReviewerNotes,
    bool Reviewed)
{
    public static ClaimFields From(Claim claim, int? deniedByClaimId) => new(
        claim.Kind,
        claim.Cue,
        claim.SpeakerRole,
        claim.SourceId,
        claim.SourcingType,
        claim.AnonymityReason,
        claim.ContestedStatus,
        claim.ContestedBySourceId,
        deniedByClaimId,
        claim.Rating,
        claim.Hedges,
        claim.ReviewerNotes,
        claim.ReviewedAt is not null);

    /// <summary>Hedges as typed in one box: separated by commas or new lines.</summary>
    public static IReadOnlyList<string> ParseHedges(string? text) =>
        (text ?? string.Empty)
            .Split([',', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}

/// <summary>A new source typed into the claim panel instead of picking an existing one.</summary>
public sealed record NewSource(string Name, SourceKind Kind, string? Affiliation = null);
