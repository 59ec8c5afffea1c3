using System.Globalization;
using System.Text;
using ClaimTracker.Core.Domain;

namespace ClaimTracker.Core.Reports;

/// <summary>The report as Markdown (CommonMark): every piece of article or reviewer text is escaped.</summary>
internal static class MarkdownReportWriter
{
    public static string Write(SourcingReport report, ReportLinks links)
    {
        var md = new StringBuilder();
        var article = report.Article;
        md.Append("# Sourcing report: ").AppendLine(Escape(article.Title)).AppendLine();
        Field(md, "Outlet", article.Outlet is null ? null : Escape(article.Outlet));
        Field(md, "Byline", article.Byline is null ? null : Escape(article.Byline));
        Field(md, "Published", article.PublishedAt is { } published ? ReportText.Date(published) : null);
        Field(md, "URL", SafeUrl.Http(article.Url) is { } url ? $"<{url}>" : null);
        Field(md, "Reviewers", report.Reviewers.Count == 0 ? "none yet" : Escape(string.Join(", ", report.Reviewers)));
        Field(md, "Review status", ReportText.Label(article.Status));
        Field(md, "Generated", ReportText.Timestamp(report.GeneratedAt));
        if (report.Publication is { } publication)
        {
            Field(md, "Version", string.Create(CultureInfo.InvariantCulture,
                $"{publication.Number}, published {ReportText.Timestamp(publication.PublishedAt)}{(publication.PublishedBy is null ? "" : " by " + Escape(publication.PublishedBy))}"));
            Field(md, "Corrections", publication.CorrectionsNote is null ? null : Escape(publication.CorrectionsNote));
        }

        Field(md, "Report", $"<{links.Canonical(report)}>");
        md.AppendLine();
        if (ReportText.ReviewGap(report) is { } gap)
        {
            md.Append("> ").AppendLine(Escape(gap)).AppendLine();
        }

        md.AppendLine("## Summary").AppendLine();
        foreach (var sentence in ReportText.SummaryProse(report.Summary))
        {
            md.Append("- ").AppendLine(sentence);
        }

        md.AppendLine().AppendLine("| Sourcing type | Claims |").AppendLine("| --- | ---: |");
        foreach (var row in report.Summary.BySourcingType)
        {
            md.Append("| ").Append(ReportText.Label(row.Type)).Append(" | ").Append(row.Count.ToString(CultureInfo.InvariantCulture)).AppendLine(" |");
        }

        md.AppendLine().AppendLine("## Claims").AppendLine();
        foreach (var claim in report.Claims)
        {
            WriteClaim(md, claim, report.View);
        }

        md.AppendLine("## Sources").AppendLine();
        if (report.Sources.Count == 0)
        {
            md.AppendLine("No identified sources.").AppendLine();
        }

        foreach (var source in report.Sources)
        {
            md.Append("### ").Append(Escape(source.Name)).Append(" (").Append(ReportText.Label(source.Kind)).AppendLine(")").AppendLine();
            Field(md, "Affiliation", source.Affiliation is null ? null : Escape(source.Affiliation));
            Field(md, "Claims in this article", string.Join(", ", source.ClaimOrdinals.Select(o => string.Create(CultureInfo.InvariantCulture, $"[{o}](#claim-{o})"))));
            Field(md, "Elsewhere", ReportText.TrackRecord(source.Elsewhere));
            md.AppendLine();
        }

        return md.ToString();
    }

    private static void WriteClaim(StringBuilder md, ReportClaim claim, ReportView view)
    {
        md.Append(CultureInfo.InvariantCulture, $"### <a id=\"claim-{claim.Ordinal}\"></a>Claim {claim.Ordinal}").AppendLine().AppendLine();
        md.Append("> ").AppendLine(Escape(claim.Text)).AppendLine();
        Field(md, "Source", ReportText.Source(claim) is { } source ? Escape(source) : "unattributed");
        Field(md, "Cue", claim.Cue is null ? null : Escape(claim.Cue));
        Field(md, "Kind", ReportText.Label(claim.Kind));
        Field(md, "Sourcing", ReportText.Label(claim.SourcingType));
        if (view == ReportView.Internal)
        {
            Field(md, "Reason for anonymity", claim.AnonymityReason is null ? null : Escape(claim.AnonymityReason));
        }

        Field(md, "Hedges", claim.IsHedged ? Escape(string.Join(", ", claim.Hedges)) : null);
        Field(md, "Status", Escape(ReportText.Status(claim)));
        Field(md, "Rating", claim.Rating == Rating.Unrated ? null : ReportText.Label(claim.Rating));
        Field(md, "Reviewed", claim.ReviewedAt is { } at
            ? ReportText.Timestamp(at) + (claim.ReviewedBy is null ? "" : " by " + Escape(claim.ReviewedBy))
            : "not yet (" + ReportText.Label(claim.Origin).ToLowerInvariant() + ")");
        if (claim.Links.Count > 0)
        {
            md.AppendLine("- **Links:**");
            foreach (var link in claim.Links)
            {
                var title = Escape(link.Title ?? link.Publisher ?? link.Url);
                var url = SafeUrl.Http(link.Url);
                md.Append("  - ").Append(url is null ? title : $"[{title}](<{url}>)")
                    .Append(" — ").Append(ReportText.Label(link.Stance).ToLowerInvariant());
                if (link.Publisher is not null && link.Title is not null)
                {
                    md.Append(", ").Append(Escape(link.Publisher));
                }

                md.AppendLine();
            }
        }

        if (view == ReportView.Internal)
        {
            Field(md, "Reviewer notes", claim.ReviewerNotes is null ? null : Escape(claim.ReviewerNotes));
        }

        md.AppendLine();
    }

    private static void Field(StringBuilder md, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            md.Append("- **").Append(name).Append(":** ").AppendLine(value);
        }
    }

    /// <summary>Backslash-escapes CommonMark's punctuation and folds line breaks, so text cannot become markup or links.</summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '<' or '>' or '(' or ')' or '#' or '|' or '!' or '~' or '&':
                    escaped.Append('\\').Append(ch);
                    break;
                case '\r' or '\n':
                    escaped.Append(' ');
                    break;
                default:
                    escaped.Append(ch);
                    break;
            }
        }

        return escaped.ToString();
    }
}
