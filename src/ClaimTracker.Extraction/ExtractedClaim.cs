namespace ClaimTracker.Extraction;

/// <summary>A half-open range [Start, End) of UTF-16 code units in the extractor's input.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public string Slice(string text) => text[Start..End];
}

public enum ClaimKind
{
    Direct,
    Indirect,
    Mixed,
    Unattributed,
}

public enum SourceKind
{
    Person,
    OfficialBody,
    Organization,
    MediaReport,
    Anonymous,
    Document,
}

/// <summary>One claim found in an article, with its attribution when it has one.</summary>
/// <param name="Span">The whole claim: content, cue and source.</param>
/// <param name="Segments">The content pieces; a quote interrupted by its cue has two.</param>
/// <param name="Text">The content; segments joined by " ... ".</param>
/// <param name="Answers">Ordinals (0-based) of earlier claims this one denies or rejects.</param>
public sealed record ExtractedClaim(
    TextSpan Span,
    IReadOnlyList<TextSpan> Segments,
    string Text,
    ClaimKind Kind,
    string? Cue = null,
    TextSpan? CueSpan = null,
    string? Source = null,
    TextSpan? SourceSpan = null,
    string? Speaker = null,
    string? SpeakerRole = null,
    string? SpeakerAffiliation = null,
    SourceKind? SourceKind = null,
    IReadOnlyList<string>? Hedges = null,
    IReadOnlyList<int>? Answers = null)
{
    public IReadOnlyList<string> Hedges { get; init; } = Hedges ?? [];

    public IReadOnlyList<int> Answers { get; init; } = Answers ?? [];

    public bool IsAttributed => Kind != ClaimKind.Unattributed;
}
