using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Core.Repeats;

/// <summary>
/// Links claims that say the same thing as claims of other articles, in any words (ClaimRelation Repeats, from the
/// newer claim to the earlier one): the nearest stored claim vectors of other articles at or above the calibrated
/// similarity threshold, the closest few per claim. Runs when new claim vectors are stored, so an import never
/// waits for the model, and on demand for an article or the whole database. Linking twice adds nothing.
/// </summary>
public sealed class RepeatLinker(
    ClaimTrackerDbContext db,
    IClaimVectorIndex index,
    ITextEmbedder embedder,
    IOptions<RepeatOptions> options) : IClaimVectorsStoredHandler
{
    private const int PageSize = 500;

    public async Task HandleAsync(IReadOnlyList<StoredClaimVector> stored, CancellationToken cancellationToken) =>
        await LinkAsync(stored, cancellationToken);

    /// <summary>
    /// Links one article's claims. Claims whose vector is not stored yet (or was made by another model) are
    /// embedded now, so the answer does not depend on the background embedder having caught up.
    /// </summary>
    public async Task<int> LinkArticleAsync(int articleId, CancellationToken cancellationToken)
    {
        var claims = await db.Claims.AsNoTracking()
            .Where(c => c.ArticleId == articleId)
            .OrderBy(c => c.Id)
            .Select(c => new
            {
                c.Id,
                c.Text,
                Vector = db.ClaimVectors.Where(v => v.ClaimId == c.Id && v.ModelId == embedder.ModelId).Select(v => v.Vector).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var missing = claims.Where(c => c.Vector is null).ToList();
        var fresh = missing.Count == 0 ? [] : embedder.Embed([.. missing.Select(c => c.Text)], cancellationToken);
        var computed = missing.Select((c, i) => (c.Id, Vector: fresh[i])).ToDictionary(x => x.Id, x => x.Vector);
        var vectors = claims
            .Select(c => new StoredClaimVector(c.Id, articleId, c.Vector is null ? computed[c.Id] : VectorCodec.Decode(c.Vector)))
            .ToList();
        return await LinkAsync(vectors, cancellationToken);
    }

    /// <summary>Links every claim that has a vector of the current model, a page at a time; reports claims done.</summary>
    public async Task<RepeatLinkSummary> LinkAllAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var added = 0;
        var done = 0;
        var after = 0;
        while (true)
        {
            var page = await db.ClaimVectors.AsNoTracking()
                .Where(v => v.ModelId == embedder.ModelId && v.ClaimId > after)
                .OrderBy(v => v.ClaimId)
                .Take(PageSize)
                .Join(db.Claims, v => v.ClaimId, c => c.Id, (v, c) => new { v.ClaimId, c.ArticleId, v.Vector })
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            added += await LinkAsync([.. page.Select(p => new StoredClaimVector(p.ClaimId, p.ArticleId, VectorCodec.Decode(p.Vector)))], cancellationToken);
            done += page.Count;
            after = page[^1].ClaimId;
            progress?.Report(done);
        }

        var withoutVector = await db.Claims.CountAsync(c => !db.ClaimVectors.Any(v => v.ClaimId == c.Id && v.ModelId == embedder.ModelId), cancellationToken);
        return new RepeatLinkSummary(done, added, withoutVector);
    }

    private async Task<int> LinkAsync(IReadOnlyList<StoredClaimVector> claims, CancellationToken cancellationToken)
    {
        if (claims.Count == 0)
        {
            return 0;
        }

        var settings = options.Value;
        var articleIds = claims.Select(c => c.ArticleId).Distinct().ToList();

        // A claim's own article is never a repeat of it: its sibling claims are skipped in the search.
        var siblings = (await db.Claims.AsNoTracking()
                .Where(c => articleIds.Contains(c.ArticleId))
                .Select(c => new { c.Id, c.ArticleId })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.ArticleId, c => (long)c.Id);
        var queries = claims
            .Select(claim =>
            {
                var own = siblings[claim.ArticleId].ToHashSet();
                own.Add(claim.ClaimId);
                return new ClaimVectorQuery(claim.Vector, id => !own.Contains(id));
            })
            .ToList();
        var found = await index.SearchManyAsync(queries, settings.MaxPerClaim, cancellationToken);
        var candidates = claims
            .SelectMany((claim, i) => found[i].Where(h => h.Similarity >= settings.Threshold).Select(h => (ClaimId: claim.ClaimId, OtherId: (int)h.Id)))
            .ToList();
        if (candidates.Count == 0)
        {
            return 0;
        }

        // The index may still hold a claim deleted since; only claims that exist are linked, dated by their article.
        var involved = candidates.SelectMany(c => new[] { c.ClaimId, c.OtherId }).Distinct().ToList();
        var said = await db.Claims.AsNoTracking()
            .Where(c => involved.Contains(c.Id))
            .Select(c => new { c.Id, c.ArticleId, At = c.Article!.PublishedAt ?? c.Article.CreatedAt })
            .ToDictionaryAsync(c => c.Id, c => (c.At, c.ArticleId), cancellationToken);
        var links = new HashSet<(int From, int To)>();
        foreach (var (claimId, otherId) in candidates)
        {
            if (said.TryGetValue(claimId, out var mine) && said.TryGetValue(otherId, out var theirs) && mine.ArticleId != theirs.ArticleId)
            {
                links.Add(mine.CompareTo(theirs) > 0 ? (claimId, otherId) : (otherId, claimId));
            }
        }

        return await AddNewAsync(links, involved, cancellationToken);
    }

    /// <summary>
    /// Adds the links not yet made in either direction. Another linker (the background embedder, a reviewer's
    /// request) may add the same link meanwhile; the unique index refuses it and the rest is added again.
    /// </summary>
    private async Task<int> AddNewAsync(HashSet<(int From, int To)> links, List<int> involved, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var existing = (await db.ClaimRelations.AsNoTracking()
                    .Where(r => r.Type == ClaimRelationType.Repeats && (involved.Contains(r.FromClaimId) || involved.Contains(r.ToClaimId)))
                    .Select(r => new { r.FromClaimId, r.ToClaimId })
                    .ToListAsync(cancellationToken))
                .SelectMany(r => new[] { (r.FromClaimId, r.ToClaimId), (r.ToClaimId, r.FromClaimId) })
                .ToHashSet();
            var added = links.Where(l => !existing.Contains(l)).ToList();
            foreach (var (from, to) in added)
            {
                db.ClaimRelations.Add(new ClaimRelation { FromClaimId = from, ToClaimId = to, Type = ClaimRelationType.Repeats });
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return added.Count;
            }
            catch (DbUpdateException) when (attempt < 2)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}

/// <summary>What linking the whole database did: claims searched, links added, claims still without a vector.</summary>
public sealed record RepeatLinkSummary(int Claims, int Added, int WithoutVector);
