using ClaimTracker.Core.Data;
using ClaimTracker.Core.Repeats;
using Humanizer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Pages.Articles;

/// <summary>
/// The review panel's "Find repeats" form: links the article's claims to claims of other articles that say the
/// same thing now, rather than when the background embedder reaches them.
/// </summary>
public sealed class RepeatHandlers(ClaimTrackerDbContext db, RepeatLinker linker)
{
    public async Task<IActionResult> FindAsync(DetailsModel page, int id, int? claimId, CancellationToken cancellationToken)
    {
        if (!await db.Articles.AnyAsync(a => a.Id == id, cancellationToken))
        {
            return page.NotFound();
        }

        var added = await linker.LinkArticleAsync(id, cancellationToken);
        page.StatusMessage = added == 0
            ? "No new repeats in other articles."
            : $"Linked {"new repeat".ToQuantity(added)} in other articles.";
        return await page.BackToClaimAsync(id, claimId, cancellationToken);
    }
}
