using ClaimTracker.Core.Domain;

namespace ClaimTracker.Core.Reports;

public enum ReportView
{
    /// <summary>Everything, reviewer notes and anonymity reasons included: for the newsroom.</summary>
    Internal,

    /// <summary>Reviewed claims only, without reviewer notes, link notes or the reasons given for anonymity.</summary>
    Public,
}

/// <summary>
/// The sourcing report of one article: the page, every export and the frozen snapshot of a published
/// version are all made from this one model, so they cannot disagree. Serialized as the snapshot, it
/// must stay readable by later versions of the app: add properties, never rename or remove them.
/// </summary>
public sealed record SourcingReport
{
    public const int CurrentSchema = 1;

    public int Schema { get; init; } = CurrentSchema;

    public required ReportArticle Article { get; init; }

    public ReportView View { get; init; }

    public DateTime GeneratedAt { get; init; }

    /// <summary>Display names of everyone who reviewed a claim or changed anything in the article.</summary>
    public IReadOnlyList<string> Reviewers { get; init; } = [];

    /// <summary>Claims in the article, whether or not this view shows them.</summary>
    public int ArticleClaimCount { get; init; }

    /// <summary>Claims nobody has reviewed yet (no review date).</summary>
    public int UnreviewedCount { get; init; }

    /// <summary>Of the unreviewed claims, those exactly as the extractor found them.</summary>
    public int MachineExtractedUnreviewedCount { get; init; }

    public required ReportSummary Summary { get; init; }

    public IReadOnlyList<ReportClaim> Claims { get; init; } = [];

    public IReadOnlyList<ReportSource> Sources { get; init; } = [];

    /// <summary>The versions published before this report was generated.</summary>
    public IReadOnlyList<ReportVersion> Versions { get; init; } = [];

    /// <summary>Set when this report is a published version read back from its snapshot.</summary>
    public ReportVersion? Publication { get; init; }

    /// <summary>
    /// The variant readers outside the newsroom get: reviewed claims only, no reviewer notes, link notes
    /// or anonymity reasons; the summary and the sources section are recomputed over what is left.
    /// </summary>
    public SourcingReport ToPublic()
    {
        if (View == ReportView.Public)
        {
            return this;
        }

        var shown = Claims.Where(c => c.IsReviewed).Select(c => c.Ordinal).ToHashSet();

        // Relations to claims left out would name an unreviewed claim and its source: they go too.
        var claims = Claims
            .Where(c => c.IsReviewed)
            .Select(c => c with
            {
                ReviewerNotes = null,
                AnonymityReason = null,
                Links = c.Links.Select(l => l with { Note = null }).ToList(),
                Relations = c.Relations.Where(r => shown.Contains(r.OtherOrdinal)).ToList(),
            })
            .ToList();
        var sources = Sources
            .Select(s => s with { ClaimOrdinals = s.ClaimOrdinals.Where(shown.Contains).ToList() })
            .Where(s => s.ClaimOrdinals.Count > 0)
            .ToList();
        return this with
        {
            View = ReportView.Public,
            Claims = claims,
            Sources = sources,
            Summary = ReportSummary.Compute(claims),
        };
    }

    public SourcingReport ForView(ReportView view) => view == ReportView.Public ? ToPublic() : this;
}

public sealed record ReportArticle(
    int Id,
    string Title,
    string? Outlet,
    string? Byline,
    string? Url,
    DateTime? PublishedAt,
    string Language,
    ArticleStatus Status,
    DateTime? SignedOffAt,
    string? SignedOffBy,
    string Body);

public sealed record ReportClaim
{
    public int Id { get; init; }

    public int Ordinal { get; init; }

    /// <summary>Span in the article body, in UTF-16 code units, half-open.</summary>
    public int Start { get; init; }

    public int End { get; init; }

    public required string Text { get; init; }

    public ClaimKind Kind { get; init; }

    public string? Cue { get; init; }

    public int? SourceId { get; init; }

    public string? SourceName { get; init; }

    public SourceKind? SourceKind { get; init; }

    public string? SourceMention { get; init; }

    public string? SpeakerRole { get; init; }

    public SourcingType SourcingType { get; init; }

    public string? AnonymityReason { get; init; }

    public IReadOnlyList<string> Hedges { get; init; } = [];

    public ClaimOrigin Origin { get; init; }

    public ContestedStatus ContestedStatus { get; init; }

    /// <summary>The source that contests or denies the claim, where the reviewer named one.</summary>
    public string? ContestedBy { get; init; }

    /// <summary>Relations to other claims of the same article, both directions.</summary>
    public IReadOnlyList<ReportRelation> Relations { get; init; } = [];

    public Rating Rating { get; init; }

    public string? ReviewerNotes { get; init; }

    public string? ReviewedBy { get; init; }

    public DateTime? ReviewedAt { get; init; }

    public IReadOnlyList<ReportLink> Links { get; init; } = [];

    public bool IsReviewed => ReviewedAt is not null;

    public bool IsAttributed => Kind != ClaimKind.Unattributed;

    public bool IsRefuted => Rating is Rating.False or Rating.MostlyFalse;

    public bool IsCorroborated => Links.Any(l => l.Stance == LinkStance.Supports);

    public bool IsHedged => Hedges.Count > 0;

    /// <summary>The source's name as the reviewers settled it, else as the article wrote it.</summary>
    public string? SourceLabel => SourceName ?? SourceMention;

    /// <summary>The claims of this article that deny this one ("Iran denied the claims").</summary>
    public IEnumerable<ReportRelation> DeniedBy => Relations.Where(r => r.Type == ClaimRelationType.Denies && !r.Outgoing);
}

/// <param name="Outgoing">True when this claim is the one that denies, responds to or repeats the other.</param>
public sealed record ReportRelation(ClaimRelationType Type, bool Outgoing, int OtherOrdinal, int? OtherSourceId, string? OtherSourceLabel);

public sealed record ReportLink(string Url, string? Title, string? Publisher, LinkStance Stance, DateTime? AccessedAt, string? Note);

public sealed record ReportSource(
    int Id,
    string Name,
    SourceKind Kind,
    string? Affiliation,
    IReadOnlyList<int> ClaimOrdinals,
    ReportTrackRecord Elsewhere);

/// <summary>The source's claims in all other articles: how often it was cited, refuted and corroborated.</summary>
public sealed record ReportTrackRecord(int Articles, int Claims, int Refuted, int Corroborated)
{
    public static ReportTrackRecord None { get; } = new(0, 0, 0, 0);
}

public sealed record ReportVersion(int Number, DateTime PublishedAt, string? PublishedBy, string? CorrectionsNote);
