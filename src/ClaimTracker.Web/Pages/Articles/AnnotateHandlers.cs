using ClaimTracker.Core.Reviewing;
using ClaimTracker.Core.Search;
using Microsoft.AspNetCore.Mvc;

namespace ClaimTracker.Web.Pages.Articles;

/// <summary>
/// The review page's annotating forms: saving a claim's sourcing, contest, rating and review mark, and copying
/// an earlier review of the same claim from another article.
/// </summary>
public sealed class AnnotateHandlers(ClaimReview review, SourceDirectory directory)
{
    public async Task<IActionResult> SaveAsync(DetailsModel page, int id, ClaimInput input, CancellationToken cancellationToken)
    {
        page.Input = input;
        if (!await page.ClaimInArticleAsync(id, input.ClaimId, cancellationToken))
        {
            return page.NotFound();
        }

        var modelState = page.ModelState;
        if (modelState.IsValid && !string.IsNullOrWhiteSpace(input.SourceLookup))
        {
            // A source outside the picker's short list, typed by name: resolve it to the one it names.
            if (await directory.FindAsync(input.SourceLookup, cancellationToken) is { } found)
            {
                input.SourceId = found;
            }
            else
            {
                modelState.AddModelError("Input.SourceLookup", $"No single source is called “{input.SourceLookup.Trim()}”: check the Sources list, use #id, or create it.");
            }
        }

        if (modelState.IsValid)
        {
            var result = await review.UpdateAsync(input.ClaimId, input.Version, input.ToFields(), input.ToNewSource(), page.Actor, cancellationToken);
            if (result.Succeeded)
            {
                page.StatusMessage = "Claim saved.";
                return await page.BackToClaimAsync(id, input.ClaimId, cancellationToken);
            }

            if (result.Status == ReviewStatus.NotFound)
            {
                return page.NotFound();
            }

            if (result.Status == ReviewStatus.Conflict && result.Theirs is not null)
            {
                // Keep what they typed; the form now carries the current version so "Keep mine" overwrites deliberately.
                page.Theirs = result.Theirs;
                input.Version = result.CurrentVersion ?? input.Version;
                modelState.Remove("Input.Version");

                // The panel's conflict box says so beside both sets of values; the page summary would only repeat it.
                return await page.RedisplayAsync(id, input.ClaimId, cancellationToken);
            }

            page.AddErrors(result, "Input");
        }

        return await page.RedisplayAsync(id, input.ClaimId, cancellationToken);
    }

    public async Task<IActionResult> CopyReviewAsync(DetailsModel page, int id, int claimId, int fromClaimId, Guid version, CancellationToken cancellationToken)
    {
        if (!await page.ClaimInArticleAsync(id, claimId, cancellationToken))
        {
            return page.NotFound();
        }

        var result = await review.CopyReviewAsync(claimId, version, fromClaimId, page.Actor, cancellationToken);
        if (result.Status == ReviewStatus.NotFound)
        {
            return page.NotFound();
        }

        if (result.Succeeded)
        {
            page.StatusMessage = "Copied the earlier review. Check it, then mark the claim reviewed.";
            return await page.BackToClaimAsync(id, claimId, cancellationToken);
        }

        page.AddErrors(result, string.Empty);
        if (result.Status == ReviewStatus.Conflict)
        {
            page.ModelState.AddModelError(string.Empty, "Nothing was copied: the claim changed meanwhile. Its current state is shown.");
        }

        return await page.RedisplayAsync(id, claimId, cancellationToken);
    }
}
