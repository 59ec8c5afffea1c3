using ClaimTracker.Core.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Core.Users;

public sealed record UserResult(bool Succeeded, IReadOnlyList<string> Errors, string? UserId = null)
{
    public static UserResult Fail(params string[] errors) => new(false, errors);
}

/// <summary>Creating, disabling and resetting users: the one path for /Admin/Users, first-run setup and the CLI.</summary>
public sealed class UserAdministration(UserManager<ApplicationUser> users, TimeProvider clock)
{
    public async Task<UserResult> CreateAsync(string email, string role, string password, string? displayName, CancellationToken cancellationToken)
    {
        var normalizedRole = AppRoles.Normalize(role);
        if (normalizedRole is null)
        {
            return UserResult.Fail($"Unknown role '{role}'. Use one of: {string.Join(", ", AppRoles.All)}.");
        }

        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal))
        {
            return UserResult.Fail($"'{email}' is not an e-mail address.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var user = new ApplicationUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? email.Trim().Split('@')[0] : displayName.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };

        // Validate before creating, so a weak password leaves no half-made account behind.
        var passwordErrors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, user, password);
            passwordErrors.AddRange(check.Errors.Select(e => e.Description));
        }

        if (passwordErrors.Count > 0)
        {
            return new UserResult(false, passwordErrors);
        }

        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return new UserResult(false, created.Errors.Select(e => e.Description).ToList());
        }

        var added = await users.AddToRoleAsync(user, normalizedRole);
        return added.Succeeded
            ? new UserResult(true, [], user.Id)
            : new UserResult(false, added.Errors.Select(e => e.Description).ToList(), user.Id);
    }

    /// <summary>Disabling changes the security stamp, so existing sessions end at the next revalidation.</summary>
    public async Task<UserResult> SetDisabledAsync(string userId, bool disabled)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return UserResult.Fail("No such user.");
        }

        user.IsDisabled = disabled;
        var updated = await users.UpdateAsync(user);
        if (updated.Succeeded)
        {
            updated = await users.UpdateSecurityStampAsync(user);
        }

        return updated.Succeeded ? new UserResult(true, [], user.Id) : new UserResult(false, updated.Errors.Select(e => e.Description).ToList());
    }

    public async Task<UserResult> ResetPasswordAsync(string userId, string newPassword)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return UserResult.Fail("No such user.");
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, newPassword);
        if (reset.Succeeded)
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }

        return reset.Succeeded ? new UserResult(true, [], user.Id) : new UserResult(false, reset.Errors.Select(e => e.Description).ToList());
    }

    public async Task<UserResult> SetRoleAsync(string userId, string role)
    {
        var normalizedRole = AppRoles.Normalize(role);
        var user = await users.FindByIdAsync(userId);
        if (user is null || normalizedRole is null)
        {
            return UserResult.Fail(user is null ? "No such user." : $"Unknown role '{role}'.");
        }

        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current);
        var added = removed.Succeeded ? await users.AddToRoleAsync(user, normalizedRole) : removed;
        return added.Succeeded ? new UserResult(true, [], user.Id) : new UserResult(false, added.Errors.Select(e => e.Description).ToList());
    }

    public Task<bool> AnyUserAsync(CancellationToken cancellationToken) => users.Users.AnyAsync(cancellationToken);
}
