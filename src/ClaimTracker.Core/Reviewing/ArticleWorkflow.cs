using System.Globalization;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Core.Reviewing;

/// <summary>
/// Article status: New → InReview with the first annotation, InReview → Reviewed when an Editor signs off
/// an article whose every claim is reviewed. Callers check roles; this checks the rules.
/// </summary>
public sealed class ArticleWorkflow(ClaimTrackerDbContext db, AuditTrail trail)
{
    /// <summary>
    /// Keeps the status in step with an annotation: a New article moves to InReview, and a Reviewed article
    /// that has an unreviewed claim again (un-marked, split or added) goes back to InReview for a new sign-off.
    /// Set-based so two reviewers annotating at once never collide on the article's version; the status
    /// conditions make each move happen once.
    /// </summary>
    public async Task TrackAnnotationAsync(int articleId, CancellationToken cancellationToken)
    {
        var started = await db.Articles
            .Where(a => a.Id == articleId && a.Status == ArticleStatus.New)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ArticleStatus.InReview).SetProperty(a => a.Version, Guid.NewGuid()), cancellationToken);
        var reopened = started == 1 ? 0 : await db.Articles
            .Where(a => a.Id == articleId && a.Status == ArticleStatus.Reviewed && a.Claims.Any(c => c.ReviewedAt == null))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ArticleStatus.InReview).SetProperty(a => a.Version, Guid.NewGuid()), cancellationToken);
        if (started == 1 || reopened == 1)
        {
            trail.Record(AuditFields.ArticleEntity, articleId.ToString(CultureInfo.InvariantCulture), articleId,
                nameof(Article.Status), started == 1 ? nameof(ArticleStatus.New) : nameof(ArticleStatus.Reviewed), nameof(ArticleStatus.InReview));
        }
    }

    /// <summary>How many claims still need review; sign-off waits for zero.</summary>
    public Task<int> UnreviewedCountAsync(int articleId, CancellationToken cancellationToken) =>
        db.Claims.CountAsync(c => c.ArticleId == articleId && c.ReviewedAt == null, cancellationToken);

    public async Task<ReviewResult> SignOffAsync(int articleId, ReviewActor actor, CancellationToken cancellationToken)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
        {
            return ReviewResult.Missing;
        }

        if (article.Status != ArticleStatus.InReview)
        {
            return ReviewResult.Invalid(string.Empty, article.Status == ArticleStatus.Reviewed
                ? "This article is already signed off."
                : "Nothing has been reviewed in this article yet.");
        }

        var unreviewed = await UnreviewedCountAsync(articleId, cancellationToken);
        if (unreviewed > 0)
        {
            return ReviewResult.Invalid(string.Empty,
                unreviewed == 1 ? "1 claim is not reviewed yet." : $"{unreviewed} claims are not reviewed yet.");
        }

        article.Status = ArticleStatus.Reviewed;
        article.SignedOffById = actor.UserId;
        article.SignedOffAt = trail.Now;
        await trail.SaveAsync(actor, articleId, cancellationToken);
        return ReviewResult.Saved(articleId);
    }

    /// <summary>Assigns an article to a reviewer (an active user in any reviewing role), or unassigns it with null.</summary>
    public async Task<ReviewResult> AssignAsync(int articleId, string? reviewerId, ReviewActor actor, CancellationToken cancellationToken)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
        {
            return ReviewResult.Missing;
        }

        reviewerId = string.IsNullOrWhiteSpace(reviewerId) ? null : reviewerId;
        if (reviewerId is not null)
        {
            var eligible = await (
                from u in db.Users
                join ur in db.UserRoles on u.Id equals ur.UserId
                join r in db.Roles on ur.RoleId equals r.Id
                where u.Id == reviewerId && !u.IsDisabled && Policies.ReviewRoles.Contains(r.Name!)
                select u.Id).AnyAsync(cancellationToken);
            if (!eligible)
            {
                return ReviewResult.Invalid("ReviewerId", "Choose an active reviewer.");
            }
        }

        article.AssignedReviewerId = reviewerId;
        await trail.SaveAsync(actor, articleId, cancellationToken);
        return ReviewResult.Saved(articleId);
    }

    /// <summary>People an article can be assigned to, by display name.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> ReviewersAsync(CancellationToken cancellationToken)
    {
        var rows = await (
            from u in db.Users
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            where !u.IsDisabled && Policies.ReviewRoles.Contains(r.Name!)
            select new { u.Id, u.DisplayName, u.Email }).Distinct().ToListAsync(cancellationToken);
        return rows
            .Select(r => (r.Id, string.IsNullOrWhiteSpace(r.DisplayName) ? r.Email ?? r.Id : r.DisplayName))
            .OrderBy(r => r.Item2, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }
}
