using ClaimTracker.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Pages.Claims;

/// <summary>
/// A stable address for one claim (<c>/Claims/42</c>) for reports, search results and notes: ordinals change
/// when claims are split or merged, ids do not. It opens the claim in its article's review page.
/// </summary>
public sealed class IndexModel(ClaimTrackerDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var claim = await db.Claims.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new { c.ArticleId, c.Ordinal })
            .FirstOrDefaultAsync(cancellationToken);
        return claim is null
            ? NotFound()
            : RedirectToPage("/Articles/Details", null, new { id = claim.ArticleId, claim = claim.Ordinal }, $"claim-{claim.Ordinal}");
    }
}
