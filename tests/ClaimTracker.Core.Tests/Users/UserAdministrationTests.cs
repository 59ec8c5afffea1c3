using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Core.Tests.Users;

public sealed class UserAdministrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string StrongPassword = "Harbour-Lights-42!";

    [Fact]
    public async Task Creates_a_user_in_the_requested_role()
    {
        await using var database = await TestDatabase.CreateAsync();

        var result = await database.InScopeAsync(sp => sp.GetRequiredService<UserAdministration>()
            .CreateAsync("ana@newsroom.test", "editor", StrongPassword, "Ana", Ct));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var roles = await database.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            return await users.GetRolesAsync((await users.FindByEmailAsync("ana@newsroom.test"))!);
        });
        Assert.Equal([AppRoles.Editor], roles);
    }

    [Fact]
    public async Task Rejects_a_weak_password_and_leaves_no_account()
    {
        await using var database = await TestDatabase.CreateAsync();

        var result = await database.InScopeAsync(sp => sp.GetRequiredService<UserAdministration>()
            .CreateAsync("weak@newsroom.test", AppRoles.Reviewer, "password", null, Ct));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains("12 characters", StringComparison.Ordinal));
        Assert.False(await database.InScopeAsync(sp => sp.GetRequiredService<UserAdministration>().AnyUserAsync(Ct)));
    }

    [Fact]
    public async Task Rejects_an_unknown_role_by_name()
    {
        await using var database = await TestDatabase.CreateAsync();

        var result = await database.InScopeAsync(sp => sp.GetRequiredService<UserAdministration>()
            .CreateAsync("boss@newsroom.test", "Owner", StrongPassword, null, Ct));

        Assert.False(result.Succeeded);
        Assert.Contains("Unknown role 'Owner'", Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabling_a_user_changes_the_security_stamp()
    {
        await using var database = await TestDatabase.CreateAsync();
        var created = await database.InScopeAsync(sp => sp.GetRequiredService<UserAdministration>()
            .CreateAsync("rui@newsroom.test", AppRoles.Reviewer, StrongPassword, null, Ct));
        var before = await database.InScopeAsync(async sp => (await sp.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(created.UserId!))!.SecurityStamp);

        var result = await database.InScopeAsync(sp => sp.GetRequiredService<UserAdministration>().SetDisabledAsync(created.UserId!, disabled: true));

        var after = await database.InScopeAsync(async sp => (await sp.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(created.UserId!))!);
        Assert.True(result.Succeeded);
        Assert.True(after.IsDisabled);
        Assert.NotEqual(before, after.SecurityStamp);
    }
}
