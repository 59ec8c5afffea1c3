using ClaimTracker.Core.Domain;

namespace ClaimTracker.Core.Search;

/// <summary>What the user asked for: words (with "phrases", OR, -exclusions, prefix*) and filters.</summary>
public sealed record SearchQuery(
    string Text,
    ArticleStatus? Status = null,
    Rating? Rating = null,
    int? SourceId = null,
    SourcingType? SourcingType = null,
    string? Outlet = null,
    DateTime? From = null,
    DateTime? To = null,
    int Page = 1,
    int PageSize = 20);

public sealed record ClaimHit(
    int ClaimId,
    int ArticleId,
    int Ordinal,
    string ArticleTitle,
    string? Outlet,
    DateTime? PublishedAt,
    string? SourceName,
    Rating Rating,
    ContestedStatus ContestedStatus,
    SearchSnippet Snippet);

public sealed record ArticleHit(int ArticleId, string Title, string? Outlet, DateTime? PublishedAt, SearchSnippet Snippet);

public sealed record SourceHit(int SourceId, string Name, SourceKind Kind, IReadOnlyList<string> Aliases, int ClaimCount);

public sealed record SearchResults(
    IReadOnlyList<ClaimHit> Claims,
    int ClaimCount,
    IReadOnlyList<ArticleHit> Articles,
    IReadOnlyList<SourceHit> Sources,
    string? Error = null)
{
    /// <summary>
    /// Set when there were too many matches to rank them all: relevance then orders this many of the most
    /// recently added matches, and the page says so.
    /// </summary>
    public int? RankedWithin { get; init; }

    public static SearchResults Empty { get; } = new([], 0, [], []);

    public static SearchResults Invalid(string error) => new([], 0, [], [], error);
}

/// <summary>Full-text search over claims, articles and sources; one implementation per database provider.</summary>
public interface ISearchIndex
{
    Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken);
}
