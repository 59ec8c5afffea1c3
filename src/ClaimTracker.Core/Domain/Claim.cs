namespace ClaimTracker.Core.Domain;

public sealed class Claim
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    /// <summary>Position in article order, from 1.</summary>
    public int Ordinal { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    /// <summary>The content pieces; a quote interrupted by its cue has two.</summary>
    public List<TextRange> Segments { get; set; } = [];

    public required string Text { get; set; }

    public ClaimKind Kind { get; set; }

    public string? Cue { get; set; }

    public int? CueStart { get; set; }

    public int? CueEnd { get; set; }

    /// <summary>The source as written nearest the cue ("the spokesman").</summary>
    public string? SourceMention { get; set; }

    public int? SourceMentionStart { get; set; }

    public int? SourceMentionEnd { get; set; }

    /// <summary>The speaker's role as this article gives it; titles change over time, so it lives here, not on Source.</summary>
    public string? SpeakerRole { get; set; }

    public int? SourceId { get; set; }

    public Source? Source { get; set; }

    public List<string> Hedges { get; set; } = [];

    public ClaimOrigin Origin { get; set; }

    public SourcingType SourcingType { get; set; }

    public string? AnonymityReason { get; set; }

    public ContestedStatus ContestedStatus { get; set; }

    public int? ContestedBySourceId { get; set; }

    public Source? ContestedBySource { get; set; }

    public Rating Rating { get; set; }

    public string? ReviewerNotes { get; set; }

    public string? ReviewedById { get; set; }

    public ApplicationUser? ReviewedBy { get; set; }

    public DateTime? ReviewedAt { get; set; }

    /// <summary>Concurrency token: a new value on every save (SQLite has no rowversion).</summary>
    public Guid Version { get; set; }

    public List<CorroboratingLink> Links { get; } = [];

    public List<ClaimRelation> OutgoingRelations { get; } = [];

    public List<ClaimRelation> IncomingRelations { get; } = [];
}

/// <summary>A half-open range [Start, End) of the article body.</summary>
public sealed record TextRange(int Start, int End);
