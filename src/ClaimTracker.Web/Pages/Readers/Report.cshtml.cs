using System.Globalization;
using ClaimTracker.Core.Reports;
using ClaimTracker.Web.Infrastructure;
using ClaimTracker.Web.Pages.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClaimTracker.Web.Pages.Readers;

/// <summary>
/// A published sourcing report for readers: <c>/r/{id}</c> (optionally <c>/r/{id}/{slug}</c>) shows the latest
/// public version, <c>/r/{id}/v/{n}</c> version n. Unknown and unpublished articles answer the same 404, withdrawn
/// reports 410 with the newsroom's notice.
/// </summary>
public sealed class ReportModel(PublicReports reports, PublicReportSettings settings) : PageModel
{
    public ReaderLookup Lookup { get; private set; } = ReaderLookup.NotFound;

    public ReaderReport Reader => Lookup.Report!;

    public SourcingChart Chart { get; private set; } = default!;

    public string CanonicalUrl { get; private set; } = string.Empty;

    /// <summary>The latest version's page, for the link from an older version.</summary>
    public string LatestUrl { get; private set; } = string.Empty;

    public string JsonLd { get; private set; } = string.Empty;

    public string Summary { get; private set; } = string.Empty;

    public PublicReportSettings Settings => settings;

    private ReportLinks? _links;

    public string VersionUrl(int number) => _links!.PublicVersion(Reader.ArticleId, number);

    public async Task<IActionResult> OnGetAsync(int articleId, int? number, CancellationToken cancellationToken)
    {
        Lookup = await reports.FindAsync(articleId, number, cancellationToken);
        if (Lookup.Status != ReaderStatus.Found)
        {
            Response.StatusCode = Lookup.Status == ReaderStatus.Withdrawn ? StatusCodes.Status410Gone : StatusCodes.Status404NotFound;
            return Page();
        }

        var etag = settings.ETag(number is null ? "latest" : "version", articleId, Reader.Number);
        if (PublicReportSettings.IsNotModified(HttpContext, etag, number is null ? PublicReportSettings.LatestMaxAge : PublicReportSettings.VersionMaxAge))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        var links = settings.Links(Request);
        _links = links;
        LatestUrl = links.Public(articleId, Reader.Slug);
        CanonicalUrl = number is { } n ? links.PublicVersion(articleId, n) : LatestUrl;
        Chart = SourcingChart.From(Reader.Report.Summary);
        Summary = ReportText.ReaderSummary(Reader.Report.Summary);
        JsonLd = ReaderJsonLd.ForPage(Reader, CanonicalUrl, settings.Organization);
        return Page();
    }

    /// <summary>"3 December 2026": dates for readers, unambiguous in every locale.</summary>
    public static string ReaderDate(DateTime utc) => utc.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
