using System.ComponentModel.DataAnnotations;
using ClaimTracker.Core.Auditing;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ClaimTracker.Web.Pages.Admin.Users;

public sealed class IndexModel(
    ClaimTrackerDbContext db,
    UserAdministration administration,
    UserManager<ApplicationUser> users,
    SecurityAudit audit,
    IMemoryCache cache) : PageModel
{
    [BindProperty]
    public CreateInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    // Every post here can add, remove or re-role a reviewer: the review page's assignment list must not lag behind.
    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (HttpMethods.IsPost(context.HttpContext.Request.Method))
        {
            cache.Remove(Articles.DetailsModel.ReviewersCacheKey);
        }
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var result = await administration.CreateAsync(Input.Email, Input.Role, Input.Password, Input.DisplayName, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error);
            }

            await LoadAsync(cancellationToken);
            return Page();
        }

        await AuditAsync(SecurityEvents.UserCreated, result.UserId!, $"{Input.Email} as {Input.Role}", cancellationToken);
        StatusMessage = $"Created {Input.Email} as {Input.Role}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync(string id, CancellationToken cancellationToken) =>
        await SetDisabledAsync(id, disabled: true, cancellationToken);

    public async Task<IActionResult> OnPostEnableAsync(string id, CancellationToken cancellationToken) =>
        await SetDisabledAsync(id, disabled: false, cancellationToken);

    public async Task<IActionResult> OnPostResetPasswordAsync(string id, string? newPassword, CancellationToken cancellationToken)
    {
        var result = await administration.ResetPasswordAsync(id, newPassword ?? string.Empty);
        if (result.Succeeded)
        {
            await AuditAsync(SecurityEvents.PasswordReset, id, null, cancellationToken);
        }

        StatusMessage = result.Succeeded ? "Password reset." : "Password not reset: " + string.Join(" ", result.Errors);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRoleAsync(string id, string role, CancellationToken cancellationToken)
    {
        var result = id == users.GetUserId(User)
            ? UserResult.Fail("You cannot change your own role.")
            : await administration.SetRoleAsync(id, role);
        if (result.Succeeded)
        {
            await AuditAsync(SecurityEvents.RoleChanged, id, role, cancellationToken);
        }

        StatusMessage = result.Succeeded ? $"Role changed to {role}." : string.Join(" ", result.Errors);
        return RedirectToPage();
    }

    private async Task<IActionResult> SetDisabledAsync(string id, bool disabled, CancellationToken cancellationToken)
    {
        var result = disabled && id == users.GetUserId(User)
            ? UserResult.Fail("You cannot disable your own account.")
            : await administration.SetDisabledAsync(id, disabled);
        if (result.Succeeded)
        {
            await AuditAsync(disabled ? SecurityEvents.UserDisabled : SecurityEvents.UserEnabled, id, null, cancellationToken);
        }

        StatusMessage = result.Succeeded ? (disabled ? "User disabled." : "User enabled.") : string.Join(" ", result.Errors);
        return RedirectToPage();
    }

    private Task AuditAsync(string eventName, string subject, string? detail, CancellationToken cancellationToken) =>
        audit.RecordAsync(eventName, subject, users.GetUserId(User), User.Identity?.Name, detail, cancellationToken);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Users = await db.Users.AsNoTracking()
            .OrderBy(u => u.Email)
            .Select(u => new UserRow(
                u.Id,
                u.Email,
                u.DisplayName,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
                u.IsDisabled,
                u.LockoutEnd))
            .ToListAsync(cancellationToken);
    }

    public sealed record UserRow(string Id, string? Email, string DisplayName, string? Role, bool IsDisabled, DateTimeOffset? LockoutEnd);

    public sealed class CreateInput
    {
        [Required, EmailAddress, StringLength(256)]
        public string Email { get; set; } = string.Empty;

        [StringLength(200), Display(Name = "Display name")]
        public string? DisplayName { get; set; }

        [Required]
        public string Role { get; set; } = AppRoles.Reviewer;

        [Required, DataType(DataType.Password), StringLength(200, MinimumLength = 12)]
        public string Password { get; set; } = string.Empty;
    }
}
