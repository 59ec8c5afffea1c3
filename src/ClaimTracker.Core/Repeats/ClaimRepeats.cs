using System.Numerics.Tensors;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Matching;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Core.Repeats;

/// <summary>
/// One appearance of the same claim in another article, with how it was reviewed there: <see cref="Earlier"/> when
/// that article said it first; <see cref="Similarity"/> (cosine of the two claims' stored vectors) when both have
/// a vector of the current model; <see cref="Contrast"/> when the wording hints that it may be another claim after all.
/// </summary>
public sealed record RepeatRow(
    int ClaimId, int ArticleId, int Ordinal, string ArticleTitle, string? Outlet, DateTime? PublishedAt,
    Rating Rating, ContestedStatus ContestedStatus, bool Reviewed, int LinkCount,
    string Text, bool Earlier, double? Similarity, ClaimContrast Contrast)
{
    public bool Refuted => Rating is Rating.False or Rating.MostlyFalse;
}

public static class ClaimRepeats
{
    /// <summary>How many repeats are read at most; the panel shows the closest.</summary>
    public const int Limit = 50;

    /// <summary>
    /// Claims linked to this one as repeats, in either direction, closest first (then earliest article first).
    /// Vectors of <paramref name="modelId"/> give the similarity.
    /// </summary>
    public static async Task<IReadOnlyList<RepeatRow>> OfAsync(ClaimTrackerDbContext db, int claimId, string modelId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        // Most claims are said once. The listing is the review page's most complex query (SQLite compiles it on
        // every run), so a plain existence check answers those claims first.
        if (!await AnyQuery(db, claimId, cancellationToken))
        {
            return [];
        }

        var rows = new List<RepeatRow>();
        await foreach (var read in ListQuery(db, claimId, modelId).WithCancellation(cancellationToken))
        {
            double? similarity = read.Mine is null || read.Theirs is null
                ? null
                : TensorPrimitives.Dot<float>(VectorCodec.Decode(read.Mine), VectorCodec.Decode(read.Theirs));
            rows.Add(new RepeatRow(read.ClaimId, read.ArticleId, read.Ordinal, read.ArticleTitle, read.Outlet, read.PublishedAt,
                read.Rating, read.ContestedStatus, read.Reviewed, read.LinkCount, read.Text, read.Earlier, similarity,
                ClaimContrast.Compare(read.MineText, read.Text)));
        }

        return [.. rows.OrderByDescending(r => r.Similarity ?? -1)];
    }

    private sealed record Read(
        int ClaimId, int ArticleId, int Ordinal, string ArticleTitle, string? Outlet, DateTime? PublishedAt,
        Rating Rating, ContestedStatus ContestedStatus, bool Reviewed, int LinkCount,
        string Text, bool Earlier, string MineText, byte[]? Mine, byte[]? Theirs);

    // Both compiled, as the review page asks on every request; a compiled query cannot call a helper for the related
    // ids, so each spells them out. The selected claim's text and vector ride along on each row (a primary-key
    // lookup), so the panel costs one query more than a claim said once.
    private static readonly Func<ClaimTrackerDbContext, int, CancellationToken, Task<bool>> AnyQuery = EF.CompileAsyncQuery(
        (ClaimTrackerDbContext db, int claimId, CancellationToken _) => db.ClaimRelations
            .Any(r => r.Type == ClaimRelationType.Repeats && (r.FromClaimId == claimId || r.ToClaimId == claimId)));

    private static readonly Func<ClaimTrackerDbContext, int, string, IAsyncEnumerable<Read>> ListQuery = EF.CompileAsyncQuery(
        (ClaimTrackerDbContext db, int claimId, string modelId) => db.Claims.AsNoTracking()
            .Where(c => db.ClaimRelations.Where(r => r.Type == ClaimRelationType.Repeats && r.FromClaimId == claimId).Select(r => r.ToClaimId)
                .Union(db.ClaimRelations.Where(r => r.Type == ClaimRelationType.Repeats && r.ToClaimId == claimId).Select(r => r.FromClaimId))
                .Contains(c.Id))
            .OrderBy(c => c.Article!.PublishedAt ?? c.Article.CreatedAt).ThenBy(c => c.Id)
            .Take(Limit)
            .Select(c => new Read(c.Id, c.ArticleId, c.Ordinal, c.Article!.Title, c.Article.Outlet, c.Article.PublishedAt,
                c.Rating, c.ContestedStatus, c.ReviewedAt != null, c.Links.Count, c.Text,
                db.ClaimRelations.Any(r => r.Type == ClaimRelationType.Repeats && r.FromClaimId == claimId && r.ToClaimId == c.Id),
                db.Claims.Where(x => x.Id == claimId).Select(x => x.Text).First(),
                db.ClaimVectors.Where(v => v.ClaimId == claimId && v.ModelId == modelId).Select(v => v.Vector).FirstOrDefault(),
                db.ClaimVectors.Where(v => v.ClaimId == c.Id && v.ModelId == modelId).Select(v => v.Vector).FirstOrDefault())));
}
