using System.Security.Claims;
using ClaimTracker.Core.Importing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClaimTracker.Web.Pages.Articles;

/// <summary>
/// POST-only: runs the extractor again on an article, keeping every claim a person touched.
/// The folder convention already limits it to reviewers, editors and admins.
/// </summary>
public sealed class ReextractModel(ArticleReextractor reextractor) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    // The page has no view of its own; a GET (a bookmark, a reload) goes back to the article.
    public IActionResult OnGet(int id) => RedirectToPage("/Articles/Details", new { id });

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        try
        {
            var result = await reextractor.ReextractAsync(id, User.FindFirstValue(ClaimTypes.NameIdentifier), User.Identity?.Name, cancellationToken);
            if (result is null)
            {
                return NotFound();
            }

            StatusMessage = $"Re-extracted: kept {result.Kept} claims people worked on, replaced {result.Replaced} machine-extracted claims with {result.Added} new ones.";
        }
        catch (ImportRejectedException ex)
        {
            StatusMessage = ex.Message;
        }

        return RedirectToPage("/Articles/Details", new { id });
    }
}
