using ClaimTracker.Core.Reviewing;
using Microsoft.AspNetCore.Mvc;

namespace ClaimTracker.Web.Pages.Articles;

/// <summary>
/// The review page's workflow forms, Editor actions both (the page model's handlers carry the policy):
/// assigning the article to a reviewer and signing it off as reviewed.
/// </summary>
public sealed class WorkflowHandlers(ArticleWorkflow workflow)
{
    public async Task<IActionResult> AssignAsync(DetailsModel page, int id, string? reviewerId, CancellationToken cancellationToken)
    {
        var result = await workflow.AssignAsync(id, reviewerId, page.Actor, cancellationToken);
        if (result.Status == ReviewStatus.NotFound)
        {
            return page.NotFound();
        }

        if (!result.Succeeded)
        {
            page.AddErrors(result, string.Empty);
            return await page.RedisplayAsync(id, null, cancellationToken);
        }

        page.StatusMessage = reviewerId is null ? "Article unassigned." : "Article assigned.";
        return page.RedirectToPage(new { id });
    }

    public async Task<IActionResult> SignOffAsync(DetailsModel page, int id, CancellationToken cancellationToken)
    {
        var result = await workflow.SignOffAsync(id, page.Actor, cancellationToken);
        if (result.Status == ReviewStatus.NotFound)
        {
            return page.NotFound();
        }

        if (!result.Succeeded)
        {
            page.AddErrors(result, string.Empty);
            return await page.RedisplayAsync(id, null, cancellationToken);
        }

        page.StatusMessage = "Article signed off as reviewed.";
        return page.RedirectToPage(new { id });
    }
}
