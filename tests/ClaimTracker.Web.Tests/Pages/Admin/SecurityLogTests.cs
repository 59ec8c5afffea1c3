using System.Net;
using ClaimTracker.Core.Auditing;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Pages.Admin;

public sealed class SecurityLogTests(ClaimTrackerWebFactory factory) : IClassFixture<ClaimTrackerWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<List<string>> EventsForAsync(string subject)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>().AuditEntries
            .Where(a => a.EntityType == SecurityEvents.EntityType && a.EntityId == subject)
            .OrderBy(a => a.Id).Select(a => a.Field).ToListAsync(Ct);
    }

    [Fact]
    public async Task Sign_ins_failures_and_lockouts_are_logged()
    {
        var id = await factory.CreateUserAsync("logged@newsroom.test", AppRoles.Reviewer);
        var browser = factory.CreateBrowser();

        await browser.SignInAsync("logged@newsroom.test", ClaimTrackerWebFactory.Password);
        for (var i = 0; i < 5; i++)
        {
            await factory.CreateBrowser().SignInAsync("logged@newsroom.test", "Wrong-Password-123!");
        }

        var events = await EventsForAsync(id);
        Assert.Equal(SecurityEvents.SignIn, events[0]);
        Assert.Equal(4, events.Count(e => e == SecurityEvents.SignInFailed));
        Assert.Equal(SecurityEvents.LockedOut, events[^1]);
    }

    [Fact]
    public async Task Failed_sign_in_for_an_unknown_account_is_logged_under_the_name_tried()
    {
        await factory.CreateBrowser().SignInAsync("nobody@newsroom.test", "Wrong-Password-123!");

        Assert.Equal([SecurityEvents.SignInFailed], await EventsForAsync("nobody@newsroom.test"));
    }

    [Fact]
    public async Task Admin_user_changes_are_logged_and_visible_to_admins()
    {
        var admin = await factory.SignedInAsync(AppRoles.Admin);
        var id = await factory.CreateUserAsync("changed@newsroom.test", AppRoles.Reviewer);

        await admin.SubmitAsync("/Admin/Users", $"/Admin/Users?handler=Role&id={id}", new Dictionary<string, string> { ["role"] = AppRoles.Editor });
        await admin.SubmitAsync("/Admin/Users", $"/Admin/Users?handler=Disable&id={id}", new Dictionary<string, string>());
        var log = await admin.GetStringAsync("/Admin/Audit", Ct);

        Assert.Equal([SecurityEvents.RoleChanged, SecurityEvents.UserDisabled], await EventsForAsync(id));
        Assert.Contains("changed@newsroom.test", log, StringComparison.Ordinal);
        Assert.Contains("Role changed", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editors_cannot_read_the_security_log()
    {
        var editor = await factory.SignedInAsync(AppRoles.Editor);

        var response = await editor.GetAsync("/Admin/Audit", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("AccessDenied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
