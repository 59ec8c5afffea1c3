using ClaimTracker.Core.Reviewing;
using Microsoft.AspNetCore.Mvc;

namespace ClaimTracker.Web.Pages.Articles;

/// <summary>The review page's corroborating-link forms: add, edit and remove a claim's links.</summary>
public sealed class LinkHandlers(ClaimReview review)
{
    public async Task<IActionResult> AddAsync(DetailsModel page, int id, LinkInput newLink, CancellationToken cancellationToken)
    {
        page.NewLink = newLink;
        if (!await page.ClaimInArticleAsync(id, newLink.ClaimId, cancellationToken))
        {
            return page.NotFound();
        }

        if (page.ModelState.IsValid)
        {
            var result = await review.AddLinkAsync(newLink.ClaimId, newLink.ToFields(), page.Actor, cancellationToken);
            if (result.Succeeded)
            {
                page.StatusMessage = "Link added.";
                return await page.BackToClaimAsync(id, newLink.ClaimId, cancellationToken);
            }

            if (result.Status == ReviewStatus.NotFound)
            {
                return page.NotFound();
            }

            page.AddErrors(result, "NewLink");
        }

        return await page.RedisplayAsync(id, newLink.ClaimId, cancellationToken);
    }

    public async Task<IActionResult> EditAsync(DetailsModel page, int id, LinkInput link, CancellationToken cancellationToken)
    {
        if (!await page.LinkInArticleAsync(id, link.LinkId, cancellationToken))
        {
            return page.NotFound();
        }

        if (page.ModelState.IsValid)
        {
            var result = await review.UpdateLinkAsync(link.LinkId, link.ClaimVersion, link.ToFields(), page.Actor, cancellationToken);
            if (result.Succeeded)
            {
                page.StatusMessage = "Link saved.";
                return await page.BackToClaimAsync(id, link.ClaimId, cancellationToken);
            }

            if (result.Status == ReviewStatus.NotFound)
            {
                return page.NotFound();
            }

            page.AddErrors(result, result.Status == ReviewStatus.Conflict ? string.Empty : "Link");
            if (result.Status == ReviewStatus.Conflict)
            {
                page.ModelState.AddModelError(string.Empty, "The claim's links as saved now are shown below; your edit is kept in the form. Save it again to apply it.");
            }
        }

        page.EditedLink = link;
        return await page.RedisplayAsync(id, link.ClaimId, cancellationToken);
    }

    public async Task<IActionResult> RemoveAsync(DetailsModel page, int id, int linkId, int claimId, Guid? claimVersion, CancellationToken cancellationToken)
    {
        if (!await page.LinkInArticleAsync(id, linkId, cancellationToken))
        {
            return page.NotFound();
        }

        var result = await review.RemoveLinkAsync(linkId, claimVersion, page.Actor, cancellationToken);
        if (result.Status == ReviewStatus.NotFound)
        {
            return page.NotFound();
        }

        if (result.Status == ReviewStatus.Conflict)
        {
            page.AddErrors(result, string.Empty);
            page.ModelState.AddModelError(string.Empty, "Nothing was removed: check the links as saved now and remove it again if it should go.");
            return await page.RedisplayAsync(id, claimId, cancellationToken);
        }

        page.StatusMessage = "Link removed.";
        return await page.BackToClaimAsync(id, claimId, cancellationToken);
    }
}
