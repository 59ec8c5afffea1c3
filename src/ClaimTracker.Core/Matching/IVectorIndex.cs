namespace ClaimTracker.Core.Matching;

/// <summary>One hit of a nearest-neighbour search: the item's id and its cosine similarity to the query.</summary>
public readonly record struct VectorMatch(long Id, float Similarity);

/// <summary>
/// Nearest neighbours by cosine similarity over a set of (id, unit vector) pairs. Implementations are thread-safe:
/// searches run concurrently, changes exclude them briefly.
/// </summary>
public interface IVectorIndex
{
    int Dimensions { get; }

    int Count { get; }

    bool Contains(long id);

    /// <summary>Adds the vector or replaces the one stored under <paramref name="id"/>.</summary>
    void Upsert(long id, ReadOnlySpan<float> vector);

    bool Remove(long id);

    /// <summary>
    /// The <paramref name="count"/> most similar items, best first; <paramref name="accept"/> (if given) skips
    /// ids the caller does not want, such as the query's own claim or claims of the same article.
    /// </summary>
    IReadOnlyList<VectorMatch> Search(ReadOnlySpan<float> query, int count, Func<long, bool>? accept = null);
}
