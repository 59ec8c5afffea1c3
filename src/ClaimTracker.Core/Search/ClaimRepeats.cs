using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Core.Search;

/// <summary>One appearance of the same claim in another article, with how it was reviewed there.</summary>
public sealed record RepeatRow(
    int ClaimId, int ArticleId, int Ordinal, string ArticleTitle, string? Outlet, DateTime? PublishedAt,
    Rating Rating, ContestedStatus ContestedStatus, bool Reviewed, int LinkCount)
{
    public bool Refuted => Rating is Rating.False or Rating.MostlyFalse;
}

public static class ClaimRepeats
{
    /// <summary>Claims linked to this one as repeats, in either direction, earliest article first.</summary>
    public static async Task<IReadOnlyList<RepeatRow>> OfAsync(ClaimTrackerDbContext db, int claimId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var related = db.ClaimRelations.Where(r => r.Type == ClaimRelationType.Repeats && r.FromClaimId == claimId).Select(r => r.ToClaimId)
            .Union(db.ClaimRelations.Where(r => r.Type == ClaimRelationType.Repeats && r.ToClaimId == claimId).Select(r => r.FromClaimId));

        // Most claims are said once. The listing is the review page's most complex query (SQLite compiles it on
        // every run), so a plain existence check answers those claims first.
        if (!await related.AnyAsync(cancellationToken))
        {
            return [];
        }

        return await db.Claims.AsNoTracking()
            .Where(c => related.Contains(c.Id))
            .OrderBy(c => c.Article!.PublishedAt ?? c.Article.CreatedAt).ThenBy(c => c.Id)
            .Take(50)
            .Select(c => new RepeatRow(c.Id, c.ArticleId, c.Ordinal, c.Article!.Title, c.Article.Outlet, c.Article.PublishedAt,
                c.Rating, c.ContestedStatus, c.ReviewedAt != null, c.Links.Count))
            .ToListAsync(cancellationToken);
    }
}
