using System.Net;
using ClaimTracker.Core.Domain;
using ClaimTracker.Web.Tests.Pages.Articles;

namespace ClaimTracker.Web.Tests.Pages.Claims;

public sealed class ClaimAddressTests(ClaimTrackerWebFactory factory) : IClassFixture<ClaimTrackerWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Claim_address_opens_the_claim_in_its_article()
    {
        var (articleId, claims) = await ReviewData.CreateArticleAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var response = await browser.GetAsync($"/Claims/{claims[2]}", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Articles/{articleId}?claim=3#claim-3", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Unknown_claim_is_not_found()
    {
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var response = await browser.GetAsync("/Claims/987654", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_stored_link_that_is_not_http_is_shown_but_not_clickable()
    {
        var (articleId, claims) = await ReviewData.CreateArticleAsync(factory);
        await ReviewData.QueryAsync(factory, async db =>
        {
            db.CorroboratingLinks.Add(new CorroboratingLink { ClaimId = claims[0], Url = "javascript:alert(1)", Stance = LinkStance.Supports, AddedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync(Ct);
        });
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var html = await browser.GetStringAsync($"/Articles/{articleId}?claim=1", Ct);

        Assert.Contains("<span>javascript:alert(1)</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.Ordinal);
    }
}
