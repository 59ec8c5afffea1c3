using System.Globalization;
using ClaimTracker.Core.Domain;
using CsvHelper;
using CsvHelper.Configuration;

namespace ClaimTracker.Core.Reports;

/// <summary>
/// One row per claim, RFC 4180 (comma, CRLF, quotes doubled) via CsvHelper. Cells a spreadsheet would take
/// for a formula (starting with =, +, -, @, tab or CR) get a leading single quote, CsvHelper's escape.
/// </summary>
internal static class CsvReportWriter
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "ordinal", "text", "kind", "sourcing_type", "source", "speaker_role", "cue", "hedges", "status",
        "contested_status", "contested_by", "denied_by_claims", "rating", "reviewed_at", "reviewed_by", "origin",
        "links_supporting", "links_contradicting", "links_context", "links", "anonymity_reason", "reviewer_notes",
        "start", "end",
    ];

    public static CsvConfiguration Configuration { get; } = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
        InjectionOptions = InjectionOptions.Escape,
    };

    public static string Write(SourcingReport report)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, Configuration))
        {
            foreach (var column in Columns)
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            foreach (var claim in report.Claims)
            {
                var links = claim.Links.Where(l => SafeUrl.Http(l.Url) is not null).ToList();
                string[] cells =
                [
                    Number(claim.Ordinal),
                    claim.Text,
                    claim.Kind.ToString(),
                    claim.SourcingType.ToString(),
                    claim.SourceLabel ?? string.Empty,
                    claim.SpeakerRole ?? string.Empty,
                    claim.Cue ?? string.Empty,
                    string.Join("; ", claim.Hedges),
                    ReportText.Status(claim),
                    claim.ContestedStatus.ToString(),
                    claim.ContestedBy ?? string.Empty,
                    string.Join(" ", claim.DeniedBy.Select(d => Number(d.OtherOrdinal))),
                    claim.Rating.ToString(),
                    claim.ReviewedAt is { } at ? at.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) : string.Empty,
                    claim.ReviewedBy ?? string.Empty,
                    claim.Origin.ToString(),
                    Number(links.Count(l => l.Stance == LinkStance.Supports)),
                    Number(links.Count(l => l.Stance == LinkStance.Contradicts)),
                    Number(links.Count(l => l.Stance == LinkStance.Context)),
                    string.Join(" ", links.Select(l => SafeUrl.Http(l.Url))),
                    claim.AnonymityReason ?? string.Empty,
                    claim.ReviewerNotes ?? string.Empty,
                    Number(claim.Start),
                    Number(claim.End),
                ];
                foreach (var cell in cells)
                {
                    csv.WriteField(cell);
                }

                csv.NextRecord();
            }
        }

        return text.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
