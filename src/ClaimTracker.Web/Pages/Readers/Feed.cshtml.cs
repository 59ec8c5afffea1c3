using System.Globalization;
using ClaimTracker.Core.Reports;
using ClaimTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClaimTracker.Web.Pages.Readers;

/// <summary>
/// Every public report's ClaimReviews as one JSON array, the shape fact-check aggregators ingest, newest reports
/// first, <see cref="PageSize"/> reports a page (<c>?page=2</c>); the next and previous pages are in the Link header.
/// Withdrawn reports are not in it.
/// </summary>
public sealed class FeedModel(PublicReports reports, PublicReportSettings settings) : PageModel
{
    public const int PageSize = 50;

    // "page" is also Razor Pages' own route value (the page's path): the query string alone is read.
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        var number = 1;
        if (pageNumber is not null && (!int.TryParse(pageNumber, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1 || number > 100_000))
        {
            return BadRequest("page must be a whole number from 1.");
        }

        var listings = await reports.ListAsync((number - 1) * PageSize, PageSize + 1, cancellationToken);
        var shown = await reports.LoadAsync(listings.Take(PageSize).ToList(), cancellationToken);
        var links = settings.Links(Request);
        var feed = links.BaseUrl + "r/feed.json";
        var related = new List<string>();
        if (listings.Count > PageSize)
        {
            related.Add(string.Create(CultureInfo.InvariantCulture, $"<{feed}?page={number + 1}>; rel=\"next\""));
        }

        if (number > 1)
        {
            related.Add(string.Create(CultureInfo.InvariantCulture, $"<{feed}?page={number - 1}>; rel=\"prev\""));
        }

        if (related.Count > 0)
        {
            Response.Headers.Link = string.Join(", ", related);
        }

        Response.Headers.CacheControl = string.Create(CultureInfo.InvariantCulture, $"public, max-age={(int)PublicReportSettings.LatestMaxAge.TotalSeconds}");
        Response.ContentType = "application/json; charset=utf-8";
        await ReaderJsonLd.WriteFeedAsync(Response.Body, shown.Select(r => (r, links.Public(r.ArticleId, r.Slug))), settings.Organization, cancellationToken);
        return new EmptyResult();
    }
}
