using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Core.Search;

/// <summary>
/// Links an article's claims to claims in other articles that say the same thing (ClaimRelation Repeats,
/// from the newer claim to the earlier one). Candidates come from the search index (the claim's most
/// distinctive words), then <see cref="ClaimSimilarity"/> decides.
/// </summary>
public sealed class RepeatLinker(ClaimTrackerDbContext db, ISearchIndex search)
{
    private const int CandidatesPerClaim = 20;

    public async Task<int> LinkAsync(int articleId, CancellationToken cancellationToken)
    {
        var claims = await db.Claims.AsNoTracking()
            .Where(c => c.ArticleId == articleId)
            .Select(c => new { c.Id, c.Text })
            .ToListAsync(cancellationToken);
        var existing = (await db.ClaimRelations.AsNoTracking()
                .Where(r => r.Type == ClaimRelationType.Repeats && r.FromClaim!.ArticleId == articleId)
                .Select(r => new { r.FromClaimId, r.ToClaimId })
                .ToListAsync(cancellationToken))
            .Select(r => (r.FromClaimId, r.ToClaimId))
            .ToHashSet();

        var added = 0;
        foreach (var claim in claims)
        {
            var tokens = ClaimSimilarity.Tokens(claim.Text);
            if (tokens.Count < ClaimSimilarity.MinimumTokens)
            {
                continue;
            }

            var candidates = await search.FindSimilarClaimsAsync(tokens, articleId, CandidatesPerClaim, cancellationToken);
            foreach (var candidate in candidates)
            {
                if (ClaimSimilarity.Score(tokens, ClaimSimilarity.Tokens(candidate.Text)) >= ClaimSimilarity.RepeatThreshold
                    && existing.Add((claim.Id, candidate.ClaimId)))
                {
                    db.ClaimRelations.Add(new ClaimRelation { FromClaimId = claim.Id, ToClaimId = candidate.ClaimId, Type = ClaimRelationType.Repeats });
                    added++;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
