using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Matching;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Core.FactChecks;

/// <summary>
/// A check close in meaning to a sentence, with the cosine similarity of their sentence embeddings and the signs
/// (<see cref="ClaimContrast"/>) that it may still be another claim: other figures, a negation, the opposite direction.
/// </summary>
public sealed record FactCheckMatch(
    int Id,
    string ClaimReviewed,
    string CheckedBy,
    string? Claimant,
    string? RatingText,
    double? RatingValue,
    double? BestRating,
    double? WorstRating,
    DateTime? CheckedOn,
    string Url,
    FactCheckOrigin Origin,
    int? ArticleId,
    int? ClaimId,
    float Similarity,
    ClaimContrast Contrast = default);

/// <summary>The answer to "has this been checked?": the closest checks, and how many are not searchable yet.</summary>
public sealed record FactCheckAnswer(IReadOnlyList<FactCheckMatch> Matches, int Pending);

/// <summary>Finds the library's checks closest in meaning to any sentence, own and imported.</summary>
public sealed class FactCheckMatcher(ClaimTrackerDbContext db, ITextEmbedder embedder, FactCheckIndex index)
{
    /// <summary>Below this cosine similarity a check is rarely about the same claim, so it is not shown.</summary>
    public const float DefaultMinimumSimilarity = 0.5f;

    public async Task<FactCheckAnswer> FindAsync(
        string text,
        int top,
        CancellationToken cancellationToken,
        FactCheckOrigin? origin = null,
        int? excludeClaimId = null,
        float minimumSimilarity = DefaultMinimumSimilarity)
    {
        ArgumentNullException.ThrowIfNull(text);
        var model = embedder.ModelId;
        var pending = await db.FactChecks.CountAsync(f => f.VectorModel != model || f.VectorModel == null, cancellationToken);
        if (string.IsNullOrWhiteSpace(text) || top <= 0)
        {
            return new FactCheckAnswer([], pending);
        }

        var vectors = await index.CurrentAsync(cancellationToken);
        if (vectors.Count == 0)
        {
            return new FactCheckAnswer([], pending);
        }

        var query = embedder.Embed(text, cancellationToken);

        // Over-fetch: deleted rows, the other origin and the claim's own check are dropped after reading back.
        var hits = vectors.Search(query, top * 3 + 5).Where(h => h.Similarity >= minimumSimilarity).ToList();
        if (hits.Count == 0)
        {
            return new FactCheckAnswer([], pending);
        }

        var ids = hits.Select(h => (int)h.Id).ToList();
        var rows = await db.FactChecks.AsNoTracking()
            .Where(f => ids.Contains(f.Id))
            .Where(f => origin == null || f.Origin == origin)
            .Where(f => excludeClaimId == null || f.ClaimId != excludeClaimId)
            .Select(f => new { f.Id, f.ClaimReviewed, f.CheckedBy, f.Claimant, f.RatingText, f.RatingValue, f.BestRating, f.WorstRating, f.CheckedOn, f.Url, f.Origin, f.ArticleId, f.ClaimId })
            .ToDictionaryAsync(f => f.Id, cancellationToken);
        var matches = hits
            .Where(h => rows.ContainsKey((int)h.Id))
            .Take(top)
            .Select(h => rows[(int)h.Id] is var f
                ? new FactCheckMatch(f.Id, f.ClaimReviewed, f.CheckedBy, f.Claimant, f.RatingText, f.RatingValue, f.BestRating, f.WorstRating, f.CheckedOn, f.Url, f.Origin, f.ArticleId, f.ClaimId, h.Similarity, ClaimContrast.Compare(text, f.ClaimReviewed))
                : null!)
            .ToList();
        return new FactCheckAnswer(matches, pending);
    }
}
