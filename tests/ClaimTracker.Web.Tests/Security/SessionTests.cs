using System.Net;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ClaimTracker.Web.Tests.Security;

public sealed class SessionTests(ClaimTrackerWebFactory factory) : IClassFixture<ClaimTrackerWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_disabled_users_session_ends_once_the_validation_interval_has_passed()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.Configure<SecurityStampValidatorOptions>(o => o.TimeProvider = clock)));
        var email = $"leaving-{Guid.NewGuid():N}@newsroom.test";
        var userId = await factory.CreateUserAsync(email, AppRoles.Reviewer);
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost"), HandleCookies = true });
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(email, ClaimTrackerWebFactory.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Articles", Ct)).StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<UserAdministration>().SetDisabledAsync(userId, disabled: true)).Succeeded);
        }

        var withinInterval = await browser.GetAsync("/Articles", Ct);
        clock.Advance(TimeSpan.FromMinutes(2));
        var afterInterval = await browser.GetAsync("/Articles", Ct);

        Assert.Equal(HttpStatusCode.OK, withinInterval.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterInterval.StatusCode);
        Assert.StartsWith("https://localhost/Identity/Account/Login", afterInterval.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
