using System.ComponentModel.DataAnnotations;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Reviewing;

namespace ClaimTracker.Web.Pages.Articles;

/// <summary>The claim panel form.</summary>
public sealed class ClaimInput
{
    public int ClaimId { get; set; }

    public Guid Version { get; set; }

    public ClaimKind Kind { get; set; }

    [StringLength(200)]
    public string? Cue { get; set; }

    [Display(Name = "Speaker's role")]
    [StringLength(300)]
    public string? SpeakerRole { get; set; }

    [Display(Name = "Source")]
    public int? SourceId { get; set; }

    [Display(Name = "Or another source (name, alias or #id)")]
    [StringLength(300)]
    public string? SourceLookup { get; set; }

    [Display(Name = "Or create a source")]
    [StringLength(300)]
    public string? NewSourceName { get; set; }

    [Display(Name = "Kind of new source")]
    public SourceKind NewSourceKind { get; set; }

    [Display(Name = "Sourcing")]
    public SourcingType SourcingType { get; set; }

    [Display(Name = "Why anonymous")]
    [StringLength(1000)]
    public string? AnonymityReason { get; set; }

    [Display(Name = "Contested")]
    public ContestedStatus ContestedStatus { get; set; }

    [Display(Name = "Contested or denied by (source)")]
    public int? ContestedBySourceId { get; set; }

    [Display(Name = "Denied by (claim)")]
    public int? DeniedByClaimId { get; set; }

    public Rating Rating { get; set; }

    [Display(Name = "Hedges (comma-separated)")]
    [StringLength(1000)]
    public string? Hedges { get; set; }

    [Display(Name = "Notes")]
    [StringLength(8000)]
    public string? ReviewerNotes { get; set; }

    [Display(Name = "Reviewed")]
    public bool Reviewed { get; set; }

    public ClaimFields ToFields() => new(
        Kind, Cue, SpeakerRole, SourceId, SourcingType, AnonymityReason, ContestedStatus, ContestedBySourceId,
        DeniedByClaimId, Rating, ClaimFields.ParseHedges(Hedges), ReviewerNotes, Reviewed);

    public NewSource? ToNewSource() => string.IsNullOrWhiteSpace(NewSourceName) ? null : new NewSource(NewSourceName, NewSourceKind);

    public static ClaimInput From(int claimId, Guid version, ClaimFields fields) => new()
    {
        ClaimId = claimId,
        Version = version,
        Kind = fields.Kind,
        Cue = fields.Cue,
        SpeakerRole = fields.SpeakerRole,
        SourceId = fields.SourceId,
        SourcingType = fields.SourcingType,
        AnonymityReason = fields.AnonymityReason,
        ContestedStatus = fields.ContestedStatus,
        ContestedBySourceId = fields.ContestedBySourceId,
        DeniedByClaimId = fields.DeniedByClaimId,
        Rating = fields.Rating,
        Hedges = string.Join(", ", fields.Hedges),
        ReviewerNotes = fields.ReviewerNotes,
        Reviewed = fields.Reviewed,
    };
}

/// <summary>A corroborating link form (add or edit).</summary>
public sealed class LinkInput
{
    public int LinkId { get; set; }

    public int ClaimId { get; set; }

    /// <summary>The claim's version when the form was rendered; edits conflict if the claim or its links changed since.</summary>
    public Guid? ClaimVersion { get; set; }

    [Display(Name = "URL")]
    [Required(ErrorMessage = "Enter the link's web address.")]
    [StringLength(2048)]
    public string? Url { get; set; }

    [StringLength(500)]
    public string? Title { get; set; }

    [StringLength(200)]
    public string? Publisher { get; set; }

    public LinkStance Stance { get; set; }

    [Display(Name = "Accessed")]
    [DataType(DataType.Date)]
    public DateTime? AccessedAt { get; set; }

    [StringLength(4000)]
    public string? Note { get; set; }

    public LinkFields ToFields() => new(Url, Title, Publisher, Stance, AccessedAt, Note);
}

/// <summary>Span corrections: edit, split, merge, delete, add.</summary>
public sealed class SpanInput
{
    public int ClaimId { get; set; }

    public Guid Version { get; set; }

    [Range(0, int.MaxValue, ErrorMessage = "Start is a position in the text (0 or more).")]
    public int Start { get; set; }

    [Range(0, int.MaxValue, ErrorMessage = "End is a position in the text (0 or more).")]
    public int End { get; set; }

    [Display(Name = "Split at")]
    [Range(0, int.MaxValue, ErrorMessage = "Split at a position in the text.")]
    public int At { get; set; }
}
