using ClaimTracker.Core.Reviewing;
using Microsoft.AspNetCore.Mvc;

namespace ClaimTracker.Web.Pages.Articles;

/// <summary>
/// The review page's span forms: correct a claim's span, split it, merge it with the next, delete it, or mark a
/// claim the extractor missed.
/// </summary>
public sealed class SpanHandlers(ClaimSpans spans)
{
    public Task<IActionResult> EditSpanAsync(DetailsModel page, int id, SpanInput span, CancellationToken cancellationToken) =>
        CommandAsync(page, id, span, () => spans.EditSpanAsync(span.ClaimId, span.Version, span.Start, span.End, page.Actor, cancellationToken),
            "Span corrected.", cancellationToken);

    public Task<IActionResult> SplitAsync(DetailsModel page, int id, SpanInput span, CancellationToken cancellationToken) =>
        CommandAsync(page, id, span, () => spans.SplitAsync(span.ClaimId, span.Version, span.At, page.Actor, cancellationToken),
            "Claim split in two.", cancellationToken);

    public Task<IActionResult> MergeAsync(DetailsModel page, int id, SpanInput span, CancellationToken cancellationToken) =>
        CommandAsync(page, id, span, () => spans.MergeWithNextAsync(span.ClaimId, span.Version, page.Actor, cancellationToken),
            "Claim merged with the next one.", cancellationToken);

    public Task<IActionResult> DeleteAsync(DetailsModel page, int id, SpanInput span, CancellationToken cancellationToken) =>
        CommandAsync(page, id, span, () => spans.DeleteAsync(span.ClaimId, span.Version, page.Actor, cancellationToken),
            "Claim deleted.", cancellationToken);

    public async Task<IActionResult> AddClaimAsync(DetailsModel page, int id, SpanInput newClaim, CancellationToken cancellationToken)
    {
        page.NewClaim = newClaim;
        if (page.ModelState.IsValid)
        {
            var result = await spans.AddAsync(id, newClaim.Start, newClaim.End, page.Actor, cancellationToken);
            if (result.Succeeded)
            {
                page.StatusMessage = "Claim added: attribute it in the panel.";
                return await page.BackToClaimAsync(id, result.Id, cancellationToken);
            }

            if (result.Status == ReviewStatus.NotFound)
            {
                return page.NotFound();
            }

            page.AddErrors(result, "NewClaim");
        }

        return await page.RedisplayAsync(id, null, cancellationToken);
    }

    private static async Task<IActionResult> CommandAsync(DetailsModel page, int id, SpanInput span, Func<Task<ReviewResult>> command, string done,
        CancellationToken cancellationToken)
    {
        page.Span = span;
        if (!await page.ClaimInArticleAsync(id, span.ClaimId, cancellationToken))
        {
            return page.NotFound();
        }

        if (page.ModelState.IsValid)
        {
            var result = await command();
            if (result.Succeeded)
            {
                page.StatusMessage = done;
                return await page.BackToClaimAsync(id, result.Id, cancellationToken);
            }

            if (result.Status == ReviewStatus.NotFound)
            {
                return page.NotFound();
            }

            if (result.Status == ReviewStatus.Conflict)
            {
                // Their version is the one to act on now: show it fresh, with the reason.
                page.ModelState.Clear();
                page.ModelState.AddModelError(string.Empty, "Someone else changed this claim meanwhile; its current state is shown below. Try again.");
                page.Span = new SpanInput();
                return await page.RedisplayAsync(id, span.ClaimId, cancellationToken);
            }

            page.AddErrors(result, "Span");
        }

        return await page.RedisplayAsync(id, span.ClaimId, cancellationToken);
    }
}
