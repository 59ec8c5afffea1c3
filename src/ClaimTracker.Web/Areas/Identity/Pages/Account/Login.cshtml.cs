using System.ComponentModel.DataAnnotations;
using ClaimTracker.Core.Auditing;
using ClaimTracker.Core.Domain;
using ClaimTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace ClaimTracker.Web.Areas.Identity.Pages.Account;

/// <summary>Overrides Identity UI's login so that failures count towards lockout, which the default page does not do.</summary>
[AllowAnonymous]
[EnableRateLimiting(LoginRateLimit.Policy)]
public sealed class LoginModel(
    SignInManager<ApplicationUser> signInManager,
    SecurityAudit audit,
    ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? ReturnUrl { get; set; }

    public async Task OnGetAsync(string? returnUrl = null)
    {
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        ReturnUrl = returnUrl;
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null, CancellationToken cancellationToken = default)
    {
        ReturnUrl = returnUrl;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signInManager.PasswordSignInAsync(Input.Email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        var user = await signInManager.UserManager.FindByEmailAsync(Input.Email);
        var subject = user?.Id ?? Input.Email;
        var remote = HttpContext.Connection.RemoteIpAddress?.ToString();
        var outcome = result.Succeeded ? SecurityEvents.SignIn : result.IsLockedOut ? SecurityEvents.LockedOut : SecurityEvents.SignInFailed;
        await audit.RecordAsync(outcome, subject, user?.Id, Input.Email, remote is null ? null : $"from {remote}", cancellationToken);

        if (result.Succeeded)
        {
            logger.LogInformation("User signed in");
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "~/");
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("./LoginWith2fa", new { ReturnUrl = returnUrl, Input.RememberMe });
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("User account locked out");
            return RedirectToPage("./Lockout");
        }

        // One message for every failure, so the page does not reveal which accounts exist or are disabled.
        ModelState.AddModelError(string.Empty, "Invalid login attempt.");
        return Page();
    }

    public sealed class InputModel
    {
        [Required, EmailAddress]
        public string Email { get; set; } = string.Empty;

        [Required, DataType(DataType.Password)]
        public string Password { get; set; } = string.Empty;

        [Display(Name = "Remember me?")]
        public bool RememberMe { get; set; }
    }
}
