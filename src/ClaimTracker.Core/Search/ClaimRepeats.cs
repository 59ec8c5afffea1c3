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

        // Most claims are said once. The listing is the review page's most complex query (SQLite compiles it on
        // every run), so a plain existence check answers those claims first.
        if (!await AnyQuery(db, claimId, cancellationToken))
        {
            return [];
        }

        return await ListQuery(db, claimId).ToListAsync(cancellationToken);
    }

    // Both compiled, as the review page asks for every claim it shows; a compiled query cannot call a helper for
    // the related ids, so each spells them out.
    private static readonly Func<ClaimTrackerDbContext, int, CancellationToken, Task<bool>> AnyQuery = EF.CompileAsyncQuery(
        (ClaimTrackerDbContext db, int claimId, CancellationToken _) => db.ClaimRelations
            .Any(r => r.Type == ClaimRelationType.Repeats && (r.FromClaimId == claimId || r.ToClaimId == claimId)));

    private static readonly Func<ClaimTrackerDbContext, int, IAsyncEnumerable<RepeatRow>> ListQuery = EF.CompileAsyncQuery(
        (ClaimTrackerDbContext db, int claimId) => db.Claims.AsNoTracking()
            .Where(c => db.ClaimRelations.Where(r => r.Type == ClaimRelationType.Repeats && r.FromClaimId == claimId).Select(r => r.ToClaimId)
                .Union(db.ClaimRelations.Where(r => r.Type == ClaimRelationType.Repeats && r.ToClaimId == claimId).Select(r => r.FromClaimId))
                .Contains(c.Id))
            .OrderBy(c => c.Article!.PublishedAt ?? c.Article.CreatedAt).ThenBy(c => c.Id)
            .Take(50)
            .Select(c => new RepeatRow(c.Id, c.ArticleId, c.Ordinal, c.Article!.Title, c.Article.Outlet, c.Article.PublishedAt,
                c.Rating, c.ContestedStatus, c.ReviewedAt != null, c.Links.Count)));
}
