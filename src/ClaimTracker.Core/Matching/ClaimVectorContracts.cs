namespace ClaimTracker.Core.Matching;

/// <summary>
/// Nearest claims by meaning over every stored claim vector of the current model. One implementation per
/// database provider; a singleton, safe for concurrent searches.
/// </summary>
public interface IClaimVectorIndex
{
    /// <summary>Claims in the index.</summary>
    int Count { get; }

    /// <summary>
    /// The <paramref name="count"/> claims most similar to <paramref name="query"/> (a unit vector of the current
    /// model), best first; <paramref name="accept"/> (if given) skips claim ids the caller does not want, such as
    /// claims of the query's own article.
    /// </summary>
    Task<IReadOnlyList<VectorMatch>> SearchAsync(ReadOnlyMemory<float> query, int count, Func<long, bool>? accept, CancellationToken cancellationToken);

    /// <summary>
    /// The nearest claims for each of many queries, in the order given; one database round trip checks the hits of
    /// the lot, where <see cref="SearchAsync"/> called per query would make one each.
    /// </summary>
    Task<IReadOnlyList<IReadOnlyList<VectorMatch>>> SearchManyAsync(IReadOnlyList<ClaimVectorQuery> queries, int count, CancellationToken cancellationToken);
}

/// <summary>One query of a batch search: a unit vector of the current model and the claim ids it may return.</summary>
public sealed record ClaimVectorQuery(ReadOnlyMemory<float> Vector, Func<long, bool>? Accept);

/// <summary>A claim whose vector was just computed and stored.</summary>
public sealed record StoredClaimVector(int ClaimId, int ArticleId, float[] Vector);

/// <summary>
/// Told after each batch of claim vectors is stored and indexed (by the background embedder or the rebuild
/// verb), in a fresh scope; repeats across articles are linked here, so an import never waits for the model.
/// </summary>
public interface IClaimVectorsStoredHandler
{
    Task HandleAsync(IReadOnlyList<StoredClaimVector> stored, CancellationToken cancellationToken);
}
