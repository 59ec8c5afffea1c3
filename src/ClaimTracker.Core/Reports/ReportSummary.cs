using ClaimTracker.Core.Domain;

namespace ClaimTracker.Core.Reports;

public sealed record SourcingTypeCount(SourcingType Type, int Count);

/// <summary>The report's numbers, always computed from the claims it shows.</summary>
public sealed record ReportSummary
{
    public int Claims { get; init; }

    public int Reviewed { get; init; }

    public int Attributed { get; init; }

    public int Unattributed { get; init; }

    public int Direct { get; init; }

    public int Indirect { get; init; }

    public int Mixed { get; init; }

    /// <summary>Every sourcing type, in the vocabulary's order, zeros included so charts keep their rows.</summary>
    public IReadOnlyList<SourcingTypeCount> BySourcingType { get; init; } = [];

    /// <summary>Distinct sources (reviewed identities) the claims are attributed to.</summary>
    public int DistinctSources { get; init; }

    /// <summary>Distinct anonymous voices: claims of sourcing type Anonymous, grouped by source (or, without one, by how the article names it).</summary>
    public int AnonymousSources { get; init; }

    /// <summary>
    /// Claims resting on a single source: attributed claims that nothing else in the record backs — no
    /// link that supports them, and no claim of another source in the article that repeats them (or that
    /// they repeat). Their truth rests on the word of the one source the article cites for them.
    /// </summary>
    public int SingleSourceClaims { get; init; }

    public int Contested { get; init; }

    public int Denied { get; init; }

    /// <summary>Rated False or Mostly false.</summary>
    public int Refuted { get; init; }

    /// <summary>With at least one link whose stance is Supports.</summary>
    public int Corroborated { get; init; }

    public int Uncorroborated { get; init; }

    /// <summary>With at least one hedge ("reportedly", "allegedly").</summary>
    public int Hedged { get; init; }

    public double AttributedShare => Share(Attributed);

    public double SingleSourceShare => Share(SingleSourceClaims);

    public double Share(int count) => Claims == 0 ? 0 : (double)count / Claims;

    public static ReportSummary Compute(IReadOnlyList<ReportClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var shown = claims.Select(c => c.Ordinal).ToHashSet();
        return new ReportSummary
        {
            Claims = claims.Count,
            Reviewed = claims.Count(c => c.IsReviewed),
            Attributed = claims.Count(c => c.IsAttributed),
            Unattributed = claims.Count(c => !c.IsAttributed),
            Direct = claims.Count(c => c.Kind == ClaimKind.Direct),
            Indirect = claims.Count(c => c.Kind == ClaimKind.Indirect),
            Mixed = claims.Count(c => c.Kind == ClaimKind.Mixed),
            BySourcingType = Enum.GetValues<SourcingType>()
                .Select(t => new SourcingTypeCount(t, claims.Count(c => c.SourcingType == t)))
                .ToList(),
            DistinctSources = claims.Where(c => c.SourceId is not null).Select(c => c.SourceId).Distinct().Count(),
            AnonymousSources = claims
                .Where(c => c.SourcingType == SourcingType.Anonymous)
                .Select(c => c.SourceId is { } id ? $"#{id}" : c.SourceMention?.Trim().ToUpperInvariant() ?? $"claim {c.Ordinal}")
                .Distinct(StringComparer.Ordinal)
                .Count(),
            SingleSourceClaims = claims.Count(c => RestsOnSingleSource(c, shown)),
            Contested = claims.Count(c => c.ContestedStatus == ContestedStatus.Contested),
            Denied = claims.Count(c => c.ContestedStatus == ContestedStatus.Denied),
            Refuted = claims.Count(c => c.IsRefuted),
            Corroborated = claims.Count(c => c.IsCorroborated),
            Uncorroborated = claims.Count(c => !c.IsCorroborated),
            Hedged = claims.Count(c => c.IsHedged),
        };
    }

    private static bool RestsOnSingleSource(ReportClaim claim, HashSet<int> shown)
    {
        if (!claim.IsAttributed || claim.IsCorroborated)
        {
            return false;
        }

        // A repeat by the same source is the same voice twice, not a second source.
        return !claim.Relations.Any(r =>
            r.Type == ClaimRelationType.Repeats
            && shown.Contains(r.OtherOrdinal)
            && (r.OtherSourceId is null || r.OtherSourceId != claim.SourceId));
    }
}
