using System.Net;
using ClaimTracker.Web.Tests.Pages.Reports;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Pages.Readers;

/// <summary>
/// Walks every public route the app maps (found from its endpoints, so a new one is walked too) as an anonymous
/// reader, for a published article and an unpublished one, and looks for anything that is not published data.
/// </summary>
public sealed class PublicRoutesLeakTests : IClassFixture<ClaimTrackerWebFactory>
{
    private readonly ClaimTrackerWebFactory _factory;

    public PublicRoutesLeakTests(ClaimTrackerWebFactory factory)
    {
        PublishedSeed.Configure(factory);
        _factory = factory;
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private List<string> PublicRoutePatterns()
    {
        _ = _factory.CreateBrowser();
        return _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath.StartsWith("/Readers/", StringComparison.Ordinal) == true)
            .Select(e => e.RoutePattern.RawText!)
            .Distinct()
            .ToList();
    }

    private static string Url(string pattern, int articleId, string slug) =>
        "/" + pattern.TrimStart('/')
            .Replace("{articleId:int}", articleId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{number:int}", "1", StringComparison.Ordinal)
            .Replace("{slug?}", slug, StringComparison.Ordinal);

    [Fact]
    public async Task No_public_route_shows_unpublished_text_notes_reasons_or_email_addresses()
    {
        var published = await PublishedSeed.CreateAsync(_factory);
        var unpublished = await PublishedSeed.CreateAsync(_factory, publish: false);
        var patterns = PublicRoutePatterns();
        var secrets = new[]
        {
            ReportSeed.Note, ReportSeed.AnonymityReason, ReportSeed.LinkNote, ReportSeed.UnreviewedText,
            published.ReviewerEmail, published.EditorEmail, "@newsroom.test", unpublished.Title, "Residents",
        };

        var visited = new List<string>();
        var problems = new List<string>();
        foreach (var url in patterns.SelectMany(p => new[] { Url(p, published.ArticleId, published.Slug), Url(p, unpublished.ArticleId, unpublished.Slug) }).Distinct())
        {
            var reader = _factory.CreateBrowser();
            var response = await reader.GetAsync(url, Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            visited.Add($"{(int)response.StatusCode} {url}");
            problems.AddRange(secrets.Where(s => body.Contains(s, StringComparison.OrdinalIgnoreCase)).Select(s => $"{url} shows \"{s}\""));
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                problems.Add($"{url}: {(int)response.StatusCode}, not open to readers");
            }
        }

        Assert.Equal(5, patterns.Count);
        Assert.Contains($"200 /r/{published.ArticleId}/{published.Slug}", visited);
        Assert.Contains($"200 /r/{published.ArticleId}/v/1", visited);
        Assert.Contains($"200 /r/{published.ArticleId}/card", visited);
        Assert.Contains($"404 /r/{unpublished.ArticleId}/{unpublished.Slug}", visited);
        Assert.Contains("200 /r/feed.json", visited);
        Assert.Contains("200 /sitemap.xml", visited);
        Assert.Empty(problems);
    }
}
