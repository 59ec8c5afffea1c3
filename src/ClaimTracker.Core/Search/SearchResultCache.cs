using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Caching.Memory;

namespace ClaimTracker.Core.Search;

/// <summary>
/// Search results kept while the searched tables stay unchanged, as a search engine keeps its query-result cache
/// until the next commit: paging back and forth, changing nothing, and colleagues searching the words of the day's
/// story cost a lookup instead of ranking thousands of matches again. Every insert, update or delete of a claim,
/// article or source moves the version (SQLite triggers, so writes from any process count, the CLI's imports
/// included) and with it every key, so a hit is never older than the data; entries for old versions age out.
/// </summary>
public sealed class SearchResultCache : IDisposable
{
    public const string EntriesSetting = "Search:ResultCacheEntries";

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly MemoryCache? _cache;

    /// <param name="entries">How many result pages to keep (each holds one page of hits with snippets); 0 turns caching off.</param>
    public SearchResultCache(int entries)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(entries);
        _cache = entries == 0 ? null : new MemoryCache(new MemoryCacheOptions { SizeLimit = entries, CompactionPercentage = 0.25 });
    }

    public bool Enabled => _cache is not null;

    public bool TryGet(long version, string match, SearchQuery query, [NotNullWhen(true)] out SearchResults? results)
    {
        results = null;
        return _cache?.TryGetValue(Key(version, match, query), out results) == true;
    }

    public void Set(long version, string match, SearchQuery query, SearchResults results) =>
        _cache?.Set(Key(version, match, query), results, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });

    public void Dispose() => _cache?.Dispose();

    // Keyed by the parsed expression, so spacing does not matter. Case does: folding it here could merge words the
    // index keeps apart (Turkish dotted and dotless i).
    private static CacheKey Key(long version, string match, SearchQuery query) => new(version, match, query with { Text = string.Empty });

    private sealed record CacheKey(long Version, string Match, SearchQuery Query);
}
