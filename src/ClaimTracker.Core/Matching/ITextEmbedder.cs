namespace ClaimTracker.Core.Matching;

/// <summary>
/// Turns sentences into L2-normalised vectors whose dot product is their cosine similarity, so claims that say
/// the same thing in other words land close together. Implementations are thread-safe singletons.
/// </summary>
public interface ITextEmbedder
{
    /// <summary>
    /// Names the model and the text preparation; a stored vector made under another id is stale and recomputed.
    /// </summary>
    string ModelId { get; }

    int Dimensions { get; }

    float[] Embed(string text, CancellationToken cancellationToken = default);

    /// <summary>One vector per text, in input order; batching amortises the model's per-call overhead.</summary>
    float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);

    /// <summary>
    /// Vectors of texts to be looked up among texts embedded with <see cref="Embed(IReadOnlyList{string}, CancellationToken)"/>.
    /// A retrieval model reads a query behind an instruction; a symmetric model embeds it like any text.
    /// </summary>
    /// <summary>True when <see cref="EmbedQueries"/> gives other vectors than <see cref="Embed(IReadOnlyList{string}, CancellationToken)"/>.</summary>
    bool QueriesEmbedApart => false;

    float[][] EmbedQueries(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) => Embed(texts, cancellationToken);

    float[] EmbedQuery(string text, CancellationToken cancellationToken = default) => EmbedQueries([text], cancellationToken)[0];
}
