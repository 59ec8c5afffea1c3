using System.Net;
using ClaimTracker.Core.Domain;

namespace ClaimTracker.Web.Tests.Pages.Articles;

public sealed class ArticlesPagesTests(ClaimTrackerWebFactory factory) : IClassFixture<ClaimTrackerWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task New_database_lists_the_seeded_sample_article()
    {
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var html = await browser.GetStringAsync("/Articles", Ct);

        Assert.Contains("Iran", html, StringComparison.Ordinal);
        Assert.Contains("/Articles/1", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_page_shows_the_body_and_its_claims()
    {
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var html = await browser.GetStringAsync("/Articles/1", Ct);

        Assert.Contains("id=\"claim-1\"", html, StringComparison.Ordinal);
        Assert.Contains("Amir-Abdollahian", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_article_is_not_found()
    {
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var response = await browser.GetAsync("/Articles/999999", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
