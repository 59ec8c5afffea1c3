using ClaimTracker.Core.Reports;
using ClaimTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClaimTracker.Web.Pages.Readers;

/// <summary>
/// The embeddable summary card of the latest public version: headline, verdict counts and a link to the full
/// report. The only page other sites may frame, and only those listed in <c>Reports:EmbedOrigins</c>.
/// </summary>
public sealed class CardModel(PublicReports reports, PublicReportSettings settings, ContentSecurityPolicies policies) : PageModel
{
    public ReaderLookup Lookup { get; private set; } = ReaderLookup.NotFound;

    public ReaderReport Reader => Lookup.Report!;

    public string ReportUrl { get; private set; } = string.Empty;

    public string Summary { get; private set; } = string.Empty;

    public PublicReportSettings Settings => settings;

    public async Task<IActionResult> OnGetAsync(int articleId, CancellationToken cancellationToken)
    {
        // Even the 404 and 410 may show inside the embedding page: it is the card's own answer there.
        policies.AllowEmbedding(Response);
        Lookup = await reports.FindAsync(articleId, null, cancellationToken);
        if (Lookup.Status != ReaderStatus.Found)
        {
            Response.StatusCode = Lookup.Status == ReaderStatus.Withdrawn ? StatusCodes.Status410Gone : StatusCodes.Status404NotFound;
            return Page();
        }

        if (PublicReportSettings.IsNotModified(HttpContext, settings.ETag("card", articleId, Reader.Number), PublicReportSettings.LatestMaxAge))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        ReportUrl = settings.Links(Request).Public(articleId, Reader.Slug);
        Summary = ReportText.ReaderSummary(Reader.Report.Summary);
        return Page();
    }
}
