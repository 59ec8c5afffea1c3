using System.Net;
using ClaimTracker.Core.Domain;

namespace ClaimTracker.Web.Tests.Pages.Setup;

public sealed class SetupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> AdminForm(string token) => new()
    {
        ["Token"] = token,
        ["Input.Email"] = "first@newsroom.test",
        ["Input.DisplayName"] = "First Admin",
        ["Input.Password"] = ClaimTrackerWebFactory.Password,
        ["Input.ConfirmPassword"] = ClaimTrackerWebFactory.Password,
    };

    [Fact]
    public async Task Setup_link_creates_the_first_admin_once()
    {
        await using var factory = new ClaimTrackerWebFactory();
        var browser = factory.CreateBrowser();
        var token = factory.Setup.Token!;

        var created = await browser.SubmitAsync($"/Setup?token={token}", "/Setup", AdminForm(token));
        var reused = await factory.CreateBrowser().GetAsync($"/Setup?token={token}", Ct);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Admin/Users", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reused.StatusCode);
    }

    [Fact]
    public async Task Setup_link_is_refused_once_a_user_exists()
    {
        await using var factory = new ClaimTrackerWebFactory();
        var token = factory.Setup.Token!;
        await factory.CreateUserAsync("cli-made@newsroom.test", AppRoles.Admin);

        var response = await factory.CreateBrowser().GetAsync($"/Setup?token={token}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Setup_with_a_wrong_token_is_not_found()
    {
        await using var factory = new ClaimTrackerWebFactory();
        _ = factory.Setup.Token;

        var response = await factory.CreateBrowser().GetAsync("/Setup?token=guessed", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Weak_setup_password_shows_the_error_and_keeps_the_link_usable()
    {
        await using var factory = new ClaimTrackerWebFactory();
        var browser = factory.CreateBrowser();
        var token = factory.Setup.Token!;
        var form = AdminForm(token);
        form["Input.Password"] = form["Input.ConfirmPassword"] = "short-but-long1";

        var response = await browser.SubmitAsync($"/Setup?token={token}", "/Setup", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("uppercase", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(token, factory.Setup.Token);
    }
}
