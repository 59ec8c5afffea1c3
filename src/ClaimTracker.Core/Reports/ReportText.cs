using System.Globalization;
using ClaimTracker.Core.Domain;
using Humanizer;

namespace ClaimTracker.Core.Reports;

/// <summary>The wording shared by the page and the exports: labels, record dates and summary prose.</summary>
public static class ReportText
{
    /// <summary>Record dates are absolute and say their zone ("2026-11-25 14:03 UTC"); Humanizer is for prose only.</summary>
    public static string Timestamp(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Date(DateTime utc) => utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Percent(double share) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Round(share * 100, MidpointRounding.AwayFromZero):0}%");

    public static string Label<T>(T value)
        where T : struct, Enum => value.Humanize();

    /// <summary>"Denied by Iran's foreign ministry; denied by claim 4 (Tehran)": who stands against the claim.</summary>
    public static string Status(ReportClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var parts = new List<string>();
        if (claim.ContestedStatus != ContestedStatus.Uncontested)
        {
            var verb = claim.ContestedStatus == ContestedStatus.Denied ? "Denied" : "Contested";
            parts.Add(claim.ContestedBy is null ? verb : $"{verb} by {claim.ContestedBy}");
        }

        foreach (var denial in claim.DeniedBy)
        {
            var who = denial.OtherSourceLabel is null ? string.Empty : $" ({denial.OtherSourceLabel})";
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"Denied by claim {denial.OtherOrdinal}{who}"));
        }

        return parts.Count == 0 ? "Uncontested" : string.Join("; ", parts);
    }

    /// <summary>"Jane Doe, foreign minister" or the mention as the article wrote it; null for unattributed claims.</summary>
    public static string? Source(ReportClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var name = claim.SourceLabel;
        if (name is null)
        {
            return null;
        }

        return string.IsNullOrWhiteSpace(claim.SpeakerRole) ? name : $"{name}, {claim.SpeakerRole}";
    }

    public static string TrackRecord(ReportTrackRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Claims == 0)
        {
            return "No claims in other articles.";
        }

        return $"{"claim".ToQuantity(record.Claims)} in {"other article".ToQuantity(record.Articles)}: " +
            $"{record.Refuted} refuted, {record.Corroborated} corroborated.";
    }

    /// <summary>The summary as sentences ("2 anonymous sources", "1 claim refuted").</summary>
    public static IReadOnlyList<string> SummaryProse(ReportSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.Claims == 0)
        {
            return ["No claims to report."];
        }

        return
        [
            $"{"claim".ToQuantity(s.Claims)}: {s.Attributed} attributed ({Percent(s.AttributedShare)}), {s.Unattributed} unattributed ({Percent(s.Share(s.Unattributed))}).",
            $"{s.Direct} direct, {s.Indirect} indirect, {s.Mixed} mixed (direct and indirect).",
            $"{"distinct source".ToQuantity(s.DistinctSources)} identified; {"anonymous source".ToQuantity(s.AnonymousSources)}.",
            $"{"claim".ToQuantity(s.SingleSourceClaims)} ({Percent(s.SingleSourceShare)}) {(s.SingleSourceClaims == 1 ? "rests" : "rest")} on a single source.",
            $"{"claim".ToQuantity(s.Refuted)} refuted, {s.Contested} contested, {s.Denied} denied.",
            $"{"claim".ToQuantity(s.Corroborated)} corroborated, {s.Uncorroborated} without corroboration.",
            $"{"claim".ToQuantity(s.Hedged)} hedged.",
        ];
    }

    /// <summary>
    /// One sentence for readers and link previews: "12 claims reviewed: 9 attributed, 3 resting on a single source,
    /// 1 refuted, 4 corroborated."
    /// </summary>
    public static string ReaderSummary(ReportSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.Claims == 0)
        {
            return "No claims to report.";
        }

        return $"{"claim".ToQuantity(s.Claims)} reviewed: {s.Attributed} attributed to " +
            $"{"source".ToQuantity(s.DistinctSources)}, {s.SingleSourceClaims} resting on a single source, " +
            $"{s.Refuted} refuted, {s.Corroborated} corroborated.";
    }

    /// <summary>"3 claims are still machine-extracted and unreviewed", or null when everything was reviewed.</summary>
    public static string? ReviewGap(SourcingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.UnreviewedCount == 0)
        {
            return null;
        }

        var verb = report.UnreviewedCount == 1 ? "is" : "are";
        var gap = $"{"claim".ToQuantity(report.UnreviewedCount)} of {report.ArticleClaimCount} {verb} still unreviewed " +
            $"({report.MachineExtractedUnreviewedCount} exactly as the extractor found them)";
        return report.View == ReportView.Public
            ? $"{gap}; this public report leaves them out."
            : $"{gap}.";
    }
}
