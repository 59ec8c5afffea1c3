using System.Globalization;
using System.Xml;
using ClaimTracker.Core.Reports;
using ClaimTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClaimTracker.Web.Pages.Readers;

/// <summary>The public report pages for search engines (sitemaps.org), each at its latest public version; withdrawn ones left out.</summary>
public sealed class SitemapModel(PublicReports reports, PublicReportSettings settings) : PageModel
{
    /// <summary>The most URLs one sitemap file may list.</summary>
    public const int MaxUrls = 50_000;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var listings = await reports.ListAsync(0, MaxUrls, cancellationToken);
        var links = settings.Links(Request);
        Response.ContentType = "application/xml; charset=utf-8";
        Response.Headers.CacheControl = string.Create(CultureInfo.InvariantCulture, $"public, max-age={(int)PublicReportSettings.LatestMaxAge.TotalSeconds}");
        await using var xml = XmlWriter.Create(Response.Body, new XmlWriterSettings { Async = true, Encoding = new System.Text.UTF8Encoding(false) });
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
        foreach (var listing in listings)
        {
            await xml.WriteStartElementAsync(null, "url", null);
            await xml.WriteElementStringAsync(null, "loc", null, links.Public(listing.ArticleId, listing.Slug));
            await xml.WriteElementStringAsync(null, "lastmod", null, listing.PublishedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        return new EmptyResult();
    }
}
