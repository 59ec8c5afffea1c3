namespace ClaimTracker.Extraction;

internal enum CueMode : byte
{
    /// <summary>Cue and source come first, content follows ("X said that ...").</summary>
    Front,

    /// <summary>Content comes first, the cue closes it ("..., X said.").</summary>
    Final,

    /// <summary>Only a source and cue, whose content is a neighbouring quotation ("Smith said." after a quote).</summary>
    Bare,

    /// <summary>A quotation continuing the previous paragraph's speaker without a cue of its own.</summary>
    Continuation,
}

/// <summary>An attribution found in one unit, in token terms; turned into an <see cref="ExtractedClaim"/> later.</summary>
internal sealed class Attribution
{
    public required ClaimKind Kind { get; set; }

    public required CueMode Mode { get; init; }

    public List<TextSpan> Segments { get; } = [];

    public TextSpan? CueSpan { get; set; }

    public string? Cue { get; set; }

    public SourceMention Source { get; set; }

    public string? SourceText { get; set; }

    public string? Speaker { get; set; }

    public string? SpeakerRole { get; set; }

    public string? SpeakerAffiliation { get; set; }

    public SourceKind? SourceKind { get; set; }

    /// <summary>True when the speaker was taken from a proper name in the source phrase.</summary>
    public bool HasProperName { get; set; }

    public bool IsDenial { get; set; }

    /// <summary>The reporting verb of the cue, when the cue is a verb.</summary>
    public VerbEntry? Verb { get; set; }

    /// <summary>
    /// A sentence that only reports a message being put out ("The senator issued a statement on the closure."): it
    /// introduces a quotation that follows, but never an unquoted paragraph, and states nothing itself.
    /// </summary>
    public bool NeedsQuotation { get; init; }

    /// <summary>A transcript speaker label ("PENCE: ...") owns the rest of its paragraph.</summary>
    public bool AbsorbsParagraph { get; set; }

    /// <summary>
    /// True when the report sits in a relative clause on a noun of the reporter's own clause ("The storm breached a wall
    /// that engineers said was too low"): the sentence around it states something too.
    /// </summary>
    public bool InNounRelative { get; set; }

    /// <summary>True when the cue accuses or alleges, so a later denial most likely answers this claim.</summary>
    public bool IsAccusation { get; set; }

    public int Paragraph { get; init; }

    /// <summary>For a closing cue, the first token after the cue clause (where ", adding ..." may follow); 0 when none.</summary>
    public int TailStart { get; set; }

    /// <summary>Index of the unit holding the cue; content may come from neighbouring units.</summary>
    public int Unit { get; init; }

    /// <summary>For a quotation continuing an earlier report in the paragraph, that report: its speaker is this one's.</summary>
    public Attribution? ContinuationOf { get; init; }

    public void TakeSpeakerFrom(Attribution other)
    {
        Cue = other.Cue;
        SourceText = other.SourceText;
        TakeSpeakerIdentityFrom(other);
    }

    /// <summary>Who the other claim's source is (speaker, role, affiliation, kind), keeping this claim's own cue and source text.</summary>
    public void TakeSpeakerIdentityFrom(Attribution other)
    {
        Speaker = other.Speaker;
        SpeakerRole = other.SpeakerRole;
        SpeakerAffiliation = other.SpeakerAffiliation;
        SourceKind = other.SourceKind;
    }
}
