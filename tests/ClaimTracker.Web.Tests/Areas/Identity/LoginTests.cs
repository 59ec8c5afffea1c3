using System.Net;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Users;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Areas.Identity;

public sealed class LoginTests(ClaimTrackerWebFactory factory) : IClassFixture<ClaimTrackerWebFactory>
{
    [Fact]
    public async Task Sign_in_sets_a_secure_http_only_cookie()
    {
        await factory.CreateUserAsync("cookie@newsroom.test", AppRoles.Reviewer);
        var browser = factory.CreateBrowser();

        var response = await browser.SignInAsync("cookie@newsroom.test", ClaimTrackerWebFactory.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ClaimTracker.Auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Account_locks_out_after_repeated_failures()
    {
        await factory.CreateUserAsync("lock@newsroom.test", AppRoles.Reviewer);
        var browser = factory.CreateBrowser();

        for (var attempt = 0; attempt < 4; attempt++)
        {
            var failed = await browser.SignInAsync("lock@newsroom.test", "Wrong-Password-123!");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        var fifth = await browser.SignInAsync("lock@newsroom.test", "Wrong-Password-123!");
        var withRightPassword = await browser.SignInAsync("lock@newsroom.test", ClaimTrackerWebFactory.Password);

        Assert.Equal("/Identity/Account/Lockout", fifth.Headers.Location?.OriginalString);
        Assert.Equal("/Identity/Account/Lockout", withRightPassword.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Disabled_user_cannot_sign_in()
    {
        var id = await factory.CreateUserAsync("gone@newsroom.test", AppRoles.Reviewer);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().SetDisabledAsync(id, disabled: true);
        }

        var response = await factory.CreateBrowser().SignInAsync("gone@newsroom.test", ClaimTrackerWebFactory.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Invalid login attempt", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_without_antiforgery_token_is_rejected()
    {
        await factory.CreateUserAsync("csrf@newsroom.test", AppRoles.Reviewer);

        var response = await factory.CreateBrowser().PostFormAsync("/Identity/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = "csrf@newsroom.test",
            ["Input.Password"] = ClaimTrackerWebFactory.Password,
        }, antiforgeryToken: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
