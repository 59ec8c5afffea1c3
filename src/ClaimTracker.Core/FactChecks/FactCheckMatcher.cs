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

/// <summary>
/// Finds the library's checks closest to any sentence, own and imported, ranked as <see cref="HybridRanker"/> ranks:
/// the reciprocal rank fusion of the nearest vectors and the best BM25 word matches. Each match shows the cosine
/// similarity of the sentence and the check as texts of the same kind, so the same wording reads 100%.
/// </summary>
public sealed class FactCheckMatcher(ClaimTrackerDbContext db, ITextEmbedder embedder, FactCheckIndex index)
{
    /// <summary>
    /// Below this cosine similarity a check is rarely about the same claim, so it is not shown: the model's own
    /// <see cref="SentenceModel.RelatedSimilarity"/>, or 0.5 for another embedder.
    /// </summary>
    public float DefaultMinimumSimilarity { get; } = (embedder as SentenceEmbedder)?.Model.RelatedSimilarity ?? 0.5f;

    public async Task<FactCheckAnswer> FindAsync(
        string text,
        int top,
        CancellationToken cancellationToken,
        FactCheckOrigin? origin = null,
        int? excludeClaimId = null,
        float? minimumSimilarity = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var threshold = minimumSimilarity ?? DefaultMinimumSimilarity;
        var model = embedder.ModelId;
        var pending = await db.FactChecks.CountAsync(f => f.VectorModel != model || f.VectorModel == null, cancellationToken);
        if (string.IsNullOrWhiteSpace(text) || top <= 0)
        {
            return new FactCheckAnswer([], pending);
        }

        var signals = await index.SignalsAsync(cancellationToken);
        if (signals.Vectors.Count == 0)
        {
            return new FactCheckAnswer([], pending);
        }

        // The sentence ranks as a query (behind a retrieval model's instruction, through the query adapter); the
        // similarity shown compares it as a claim like the stored ones.
        var (asQuery, asClaim) = embedder.EmbedForLookup(text, cancellationToken);

        var candidates = Math.Max(HybridRanker.CandidatesPerSignal, top * 3 + 5);
        var fused = HybridRanker.Fuse(
            signals.Vectors.Search(asQuery, candidates).Select(h => h.Id),
            signals.Words.Search(text, candidates));

        // Over-fetch: dissimilar checks, deleted rows, the other origin and the claim's own check are dropped.
        var hits = new List<(int Id, float Similarity)>();
        foreach (var (id, _) in fused)
        {
            if (signals.Vectors.Similarity(id, asClaim) is { } similarity && similarity >= threshold)
            {
                hits.Add(((int)id, similarity));
                if (hits.Count == top * 3 + 5)
                {
                    break;
                }
            }
        }

        if (hits.Count == 0)
        {
            return new FactCheckAnswer([], pending);
        }

        var ids = hits.Select(h => h.Id).ToList();
        var rows = await db.FactChecks.AsNoTracking()
            .Where(f => ids.Contains(f.Id))
            .Where(f => origin == null || f.Origin == origin)
            .Where(f => excludeClaimId == null || f.ClaimId != excludeClaimId)
            .Select(f => new { f.Id, f.ClaimReviewed, f.CheckedBy, f.Claimant, f.RatingText, f.RatingValue, f.BestRating, f.WorstRating, f.CheckedOn, f.Url, f.Origin, f.ArticleId, f.ClaimId })
            .ToDictionaryAsync(f => f.Id, cancellationToken);
        var matches = hits
            .Where(h => rows.ContainsKey(h.Id))
            .Take(top)
            .Select(h => rows[h.Id] is var f
                ? new FactCheckMatch(f.Id, f.ClaimReviewed, f.CheckedBy, f.Claimant, f.RatingText, f.RatingValue, f.BestRating, f.WorstRating, f.CheckedOn, f.Url, f.Origin, f.ArticleId, f.ClaimId, h.Similarity, ClaimContrast.Compare(text, f.ClaimReviewed))
                : null!)
            .ToList();
        return new FactCheckAnswer(matches, pending);
    }
}
