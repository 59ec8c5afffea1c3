using System.Net;

namespace ClaimTracker.Web.Tests.Infrastructure;

public sealed class AnonymousAccessTests(ClaimTrackerWebFactory factory) : IClassFixture<ClaimTrackerWebFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Articles")]
    [InlineData("/Articles/1")]
    [InlineData("/Admin/Users")]
    [InlineData("/Identity/Account/Manage/ChangePassword")]
    public async Task Anonymous_requests_to_pages_redirect_to_login(string url)
    {
        var response = await factory.CreateBrowser().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/Identity/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_check_is_anonymous_and_includes_the_database()
    {
        var response = await factory.CreateBrowser().GetAsync("/healthz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Sign_in_page_is_anonymous()
    {
        var response = await factory.CreateBrowser().GetAsync("/Identity/Account/Login", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/Identity/Account/Register")]
    [InlineData("/Identity/Account/ResendEmailConfirmation")]
    public async Task Self_registration_pages_do_not_exist(string url)
    {
        var response = await factory.CreateBrowser().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Responses_carry_security_headers()
    {
        var response = await factory.CreateBrowser().GetAsync("/Identity/Account/Login", TestContext.Current.CancellationToken);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }
}
