using ClaimTracker.Core.Data;
using ClaimTracker.Core.FactChecks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Pages.FactChecks;

/// <summary>
/// The checks closest in meaning to one claim under review, own and imported (its own check left out): the review
/// panel loads it as a fragment; on its own it is a page.
/// </summary>
public sealed class EarlierModel(ClaimTrackerDbContext db, FactCheckMatcher matcher) : PageModel
{
    public const int Shown = 5;

    [BindProperty(SupportsGet = true)]
    public int ClaimId { get; set; }

    /// <summary>True when the review panel asks for the list alone, without the layout.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Fragment { get; set; }

    public ClaimRow? Claim { get; private set; }

    public FactCheckAnswer Answer { get; private set; } = new([], 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Claim = await db.Claims.AsNoTracking()
            .Where(c => c.Id == ClaimId)
            .Select(c => new ClaimRow(c.Id, c.ArticleId, c.Ordinal, c.Text))
            .FirstOrDefaultAsync(cancellationToken);
        if (Claim is null)
        {
            return NotFound();
        }

        Answer = await matcher.FindAsync(Claim.Text, Shown, cancellationToken, excludeClaimId: Claim.Id);
        return Page();
    }

    public sealed record ClaimRow(int Id, int ArticleId, int Ordinal, string Text);
}
