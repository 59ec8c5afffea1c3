using ClaimTracker.Core.Domain;
using X = ClaimTracker.Extraction;

namespace ClaimTracker.Core.Importing;

/// <summary>Turns the extractor's output into claims, sources and relations of one article.</summary>
internal static class ClaimMapper
{
    public static SourceKind ToSourceKind(X.SourceKind kind) => kind switch
    {
        X.SourceKind.Person => SourceKind.Person,
        X.SourceKind.OfficialBody => SourceKind.OfficialBody,
        X.SourceKind.Organization => SourceKind.Organization,
        X.SourceKind.MediaReport => SourceKind.MediaOutlet,
        X.SourceKind.Anonymous => SourceKind.Anonymous,
        _ => SourceKind.Document,
    };

    public static ClaimKind ToKind(X.ClaimKind kind) => kind switch
    {
        X.ClaimKind.Direct => ClaimKind.Direct,
        X.ClaimKind.Indirect => ClaimKind.Indirect,
        X.ClaimKind.Mixed => ClaimKind.Mixed,
        _ => ClaimKind.Unattributed,
    };

    /// <summary>The machine's first guess at the sourcing type; reviewers confirm or change it.</summary>
    public static SourcingType GuessSourcing(X.ExtractedClaim claim)
    {
        if (!claim.IsAttributed)
        {
            return SourcingType.Unattributed;
        }

        if (claim.SpeakerRole?.Contains("spokes", StringComparison.OrdinalIgnoreCase) == true
            || claim.Source?.Contains("spokes", StringComparison.OrdinalIgnoreCase) == true)
        {
            return SourcingType.Spokesperson;
        }

        if (claim.Cue?.Contains("tweet", StringComparison.OrdinalIgnoreCase) == true
            || claim.Cue?.Contains("post", StringComparison.OrdinalIgnoreCase) == true)
        {
            return SourcingType.SocialMediaPost;
        }

        return claim.SourceKind switch
        {
            X.SourceKind.Anonymous => SourcingType.Anonymous,
            X.SourceKind.MediaReport => SourcingType.MediaReport,
            X.SourceKind.Document => SourcingType.DocumentOrData,
            X.SourceKind.OfficialBody => SourcingType.OfficialStatement,
            _ => SourcingType.NamedOnRecord,
        };
    }

    public static Claim ToClaim(X.ExtractedClaim extracted, int ordinal, Source? source) => new()
    {
        Ordinal = ordinal,
        Start = extracted.Span.Start,
        End = extracted.Span.End,
        Segments = extracted.Segments.Select(s => new TextRange(s.Start, s.End)).ToList(),
        Text = extracted.Text,
        Kind = ToKind(extracted.Kind),
        Cue = Truncate(extracted.Cue, 200),
        CueStart = extracted.CueSpan?.Start,
        CueEnd = extracted.CueSpan?.End,
        SourceMention = Truncate(extracted.Source, 500),
        SourceMentionStart = extracted.SourceSpan?.Start,
        SourceMentionEnd = extracted.SourceSpan?.End,
        SpeakerRole = Truncate(extracted.SpeakerRole, 300),
        Source = source,
        Hedges = [.. extracted.Hedges],
        Origin = ClaimOrigin.Extracted,
        SourcingType = GuessSourcing(extracted),
        ContestedStatus = ContestedStatus.Uncontested,
        Rating = Rating.Unrated,
    };

    private static string? Truncate(string? value, int max) =>
        value is null || value.Length <= max ? value : value[..max];
}
