using System.ComponentModel.DataAnnotations;
using ClaimTracker.Core.Auditing;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Users;
using ClaimTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClaimTracker.Web.Pages.Setup;

/// <summary>First run: the console's one-time link creates the first Admin, and only while no user exists.</summary>
public sealed class IndexModel(
    FirstRunSetup setup,
    UserAdministration administration,
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    SecurityAudit audit) : PageModel
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public SetupInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await IsOpenAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await IsOpenAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            if (!await IsOpenAsync(cancellationToken))
            {
                return NotFound();
            }

            var result = await administration.CreateAsync(Input.Email, AppRoles.Admin, Input.Password, Input.DisplayName, cancellationToken);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                {
                    ModelState.AddModelError(string.Empty, error);
                }

                return Page();
            }

            setup.TryConsume(Token);
            await audit.RecordAsync(SecurityEvents.UserCreated, result.UserId!, result.UserId, Input.Email, "first administrator, via the setup link", cancellationToken);
            var admin = await users.FindByIdAsync(result.UserId!);
            await signIn.SignInAsync(admin!, isPersistent: false);
            return RedirectToPage("/Admin/Users/Index");
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private async Task<bool> IsOpenAsync(CancellationToken cancellationToken) =>
        setup.Matches(Token) && !await administration.AnyUserAsync(cancellationToken);

    public sealed class SetupInput
    {
        [Required, EmailAddress, StringLength(256)]
        public string Email { get; set; } = string.Empty;

        [StringLength(200), Display(Name = "Display name")]
        public string? DisplayName { get; set; }

        [Required, DataType(DataType.Password), StringLength(200, MinimumLength = 12)]
        public string Password { get; set; } = string.Empty;

        [Required, DataType(DataType.Password), Compare(nameof(Password), ErrorMessage = "The passwords do not match."), Display(Name = "Confirm password")]
        public string ConfirmPassword { get; set; } = string.Empty;
    }
}
