using System.Net;
using ClaimTracker.Core.Domain;

namespace ClaimTracker.Web.Tests.Pages.Admin;

public sealed class UsersPageTests(ClaimTrackerWebFactory factory) : IClassFixture<ClaimTrackerWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(AppRoles.Reviewer)]
    [InlineData(AppRoles.Editor)]
    public async Task Only_admins_open_the_users_page(string role)
    {
        var browser = await factory.SignedInAsync(role);

        var response = await browser.GetAsync("/Admin/Users", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Identity/Account/AccessDenied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_creates_a_reviewer_who_can_then_sign_in()
    {
        var admin = await factory.SignedInAsync(AppRoles.Admin);

        var created = await admin.SubmitAsync("/Admin/Users", "/Admin/Users?handler=Create", new Dictionary<string, string>
        {
            ["Input.Email"] = "new.reviewer@newsroom.test",
            ["Input.DisplayName"] = "New Reviewer",
            ["Input.Role"] = AppRoles.Reviewer,
            ["Input.Password"] = ClaimTrackerWebFactory.Password,
        });
        var signIn = await factory.CreateBrowser().SignInAsync("new.reviewer@newsroom.test", ClaimTrackerWebFactory.Password);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task Invalid_new_user_keeps_what_was_typed_and_explains()
    {
        var admin = await factory.SignedInAsync(AppRoles.Admin);

        var response = await admin.SubmitAsync("/Admin/Users", "/Admin/Users?handler=Create", new Dictionary<string, string>
        {
            ["Input.Email"] = "typed@newsroom.test",
            ["Input.Role"] = AppRoles.Reviewer,
            ["Input.Password"] = "alllowercase-password",
        });

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("value=\"typed@newsroom.test\"", html, StringComparison.Ordinal);
        Assert.Contains("uppercase", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reviewer_cannot_create_users_by_posting_directly()
    {
        var reviewer = await factory.SignedInAsync(AppRoles.Reviewer);
        var token = BrowserExtensions.AntiforgeryToken(await reviewer.GetStringAsync("/Identity/Account/Manage/ChangePassword", Ct));

        var response = await reviewer.PostFormAsync("/Admin/Users?handler=Create", new Dictionary<string, string>
        {
            ["Input.Email"] = "sneaky@newsroom.test",
            ["Input.Role"] = AppRoles.Admin,
            ["Input.Password"] = ClaimTrackerWebFactory.Password,
        }, token);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("AccessDenied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
