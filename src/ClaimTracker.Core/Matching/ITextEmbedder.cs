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

    /// <summary>True when <see cref="EmbedQueries"/> gives other vectors than <see cref="Embed(IReadOnlyList{string}, CancellationToken)"/>.</summary>
    bool QueriesEmbedApart => false;

    /// <summary>
    /// Vectors of texts to be looked up among texts embedded with <see cref="Embed(IReadOnlyList{string}, CancellationToken)"/>.
    /// A retrieval model reads a query behind an instruction, and a learned <see cref="QueryAdapter"/> may map it;
    /// otherwise a query is embedded like any text.
    /// </summary>
    float[][] EmbedQueries(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) => Embed(texts, cancellationToken);

    float[] EmbedQuery(string text, CancellationToken cancellationToken = default) => EmbedQueries([text], cancellationToken)[0];

    /// <summary>
    /// A text's vector as a query (to rank with) and as a text like the stored ones (to show a similarity with).
    /// </summary>
    (float[] AsQuery, float[] AsText) EmbedForLookup(string text, CancellationToken cancellationToken = default)
    {
        var asQuery = EmbedQuery(text, cancellationToken);
        return (asQuery, QueriesEmbedApart ? Embed(text, cancellationToken) : asQuery);
    }
}
