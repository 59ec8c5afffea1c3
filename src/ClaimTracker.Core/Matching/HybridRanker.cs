namespace ClaimTracker.Core.Matching;

/// <summary>How <see cref="HybridRanker"/> scores a candidate.</summary>
public enum RankingSignal
{
    /// <summary>Reciprocal rank fusion of the cosine ranking and the BM25 ranking.</summary>
    Hybrid,

    /// <summary>Cosine similarity of sentence embeddings alone.</summary>
    Semantic,

    /// <summary>BM25 alone.</summary>
    Lexical,
}

public readonly record struct RankedText(int Position, float Score);

/// <summary>
/// Ranks a fixed corpus of texts for any query by meaning, with BM25 as the second signal. Each signal ranks its
/// best <see cref="CandidatesPerSignal"/> texts; a text scores Σ 1 / (k + rank) over the two rankings (reciprocal
/// rank fusion), which needs no calibration between a cosine and a BM25 score and rewards texts both signals
/// rank high. k and the BM25 parameters were chosen on the train split of the claim-retrieval benchmark
/// (docs/matching.md).
/// </summary>
public sealed class HybridRanker : IDisposable
{
    public const int FusionK = 5;
    public const float Bm25K1 = 1.2f;

    /// <summary>Weak length normalisation: a long fact-check title should not bury a short claim's words.</summary>
    public const float Bm25B = 0.3f;

    public const int CandidatesPerSignal = 100;

    private readonly ITextEmbedder embedder;
    private readonly ExactVectorIndex? vectors;
    private readonly Bm25Index? lexical;

    public HybridRanker(ITextEmbedder embedder, IReadOnlyList<string> corpus, RankingSignal signal = RankingSignal.Hybrid, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(corpus);
        this.embedder = embedder;
        Signal = signal;
        if (signal != RankingSignal.Lexical)
        {
            vectors = new ExactVectorIndex(embedder.Dimensions, corpus.Count);
            var embedded = embedder.Embed(corpus, cancellationToken);
            for (var i = 0; i < embedded.Length; i++)
            {
                vectors.Upsert(i, embedded[i]);
            }
        }

        if (signal != RankingSignal.Semantic)
        {
            lexical = new Bm25Index(corpus, Bm25K1, Bm25B);
        }
    }

    public RankingSignal Signal { get; }

    /// <summary>The <paramref name="count"/> best corpus texts for each query, best first.</summary>
    public IReadOnlyList<RankedText>[] Rank(IReadOnlyList<string> queries, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var queryVectors = vectors is null ? null : embedder.EmbedQueries(queries, cancellationToken);
        var results = new IReadOnlyList<RankedText>[queries.Count];
        Parallel.For(0, queries.Count, new ParallelOptions { CancellationToken = cancellationToken }, q =>
            results[q] = Rank(queries[q], queryVectors?[q], count));
        return results;
    }

    private List<RankedText> Rank(string query, float[]? queryVector, int count)
    {
        var semanticHits = vectors is null || queryVector is null
            ? []
            : vectors.Search(queryVector, Signal == RankingSignal.Semantic ? count : Math.Max(count, CandidatesPerSignal));
        if (Signal == RankingSignal.Semantic)
        {
            return [.. semanticHits.Select(hit => new RankedText((int)hit.Id, hit.Similarity))];
        }

        var lexicalHits = lexical!.Search(query, Signal == RankingSignal.Lexical ? count : Math.Max(count, CandidatesPerSignal));
        if (Signal == RankingSignal.Lexical)
        {
            return [.. lexicalHits.Select(hit => new RankedText(hit.Position, hit.Score))];
        }

        return [.. Fuse(semanticHits.Select(hit => hit.Id), lexicalHits.Select(hit => (long)hit.Position))
            .Take(count)
            .Select(r => new RankedText((int)r.Id, r.Score))];
    }

    /// <summary>
    /// Reciprocal rank fusion of a meaning ranking and a word ranking (each best first): Σ 1 / (k + rank), best
    /// first, ties broken by the smaller id so the order is stable.
    /// </summary>
    public static IEnumerable<(long Id, float Score)> Fuse(IEnumerable<long> semantic, IEnumerable<long> lexical)
    {
        ArgumentNullException.ThrowIfNull(semantic);
        ArgumentNullException.ThrowIfNull(lexical);
        var fused = new Dictionary<long, float>();
        foreach (var ranking in new[] { semantic, lexical })
        {
            var rank = 0;
            foreach (var id in ranking)
            {
                rank++;
                fused[id] = fused.GetValueOrDefault(id) + (1f / (FusionK + rank));
            }
        }

        return fused
            .Select(pair => (pair.Key, pair.Value))
            .OrderByDescending(r => r.Value)
            .ThenBy(r => r.Key);
    }

    public void Dispose()
    {
        vectors?.Dispose();
        lexical?.Dispose();
    }
}
