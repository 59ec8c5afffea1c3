using System.Net;
using ClaimTracker.Core.Domain;

namespace ClaimTracker.Web.Tests.Areas.Identity;

public sealed class LoginRateLimitTests
{
    [Fact]
    public async Task Sign_in_posts_over_the_configured_limit_are_refused()
    {
        await using var factory = new ClaimTrackerWebFactory();
        factory.Settings["RateLimiting:Login:PermitLimit"] = "3";
        factory.Settings["RateLimiting:Login:WindowSeconds"] = "600";
        await factory.CreateUserAsync("limited@newsroom.test", AppRoles.Reviewer);
        var browser = factory.CreateBrowser();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await browser.SignInAsync("limited@newsroom.test", "Wrong-Password-123!")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task The_sign_in_page_itself_is_not_limited()
    {
        await using var factory = new ClaimTrackerWebFactory();
        factory.Settings["RateLimiting:Login:PermitLimit"] = "1";
        var browser = factory.CreateBrowser();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Identity/Account/Login", TestContext.Current.CancellationToken)).StatusCode);
        }
    }
}
