using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClaimTracker.Web.Areas.Identity.Pages.Account;

/// <summary>Replaces Identity UI's e-mail reset: administrators reset passwords.</summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel : PageModel
{
    public void OnGet()
    {
    }

    public IActionResult OnPost() => NotFound();
}
