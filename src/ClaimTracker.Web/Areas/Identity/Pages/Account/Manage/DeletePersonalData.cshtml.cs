using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClaimTracker.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Users are disabled, never deleted: their reviews and audit history must keep their author.</summary>
public sealed class DeletePersonalDataModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost() => NotFound();
}
