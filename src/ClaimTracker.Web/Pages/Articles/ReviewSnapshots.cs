using ClaimTracker.Core.Domain;
using ClaimTracker.Web.Infrastructure;
using Microsoft.Extensions.Caching.Memory;

namespace ClaimTracker.Web.Pages.Articles;

/// <summary>
/// What the review page shows of an article that only claim writes change: its claim rows, its highlighted
/// text and its claim list. A snapshot is trusted while the article's <see cref="Article.ClaimsVersion"/> is the one it was built
/// from, which every save of its claims (or of a source they name) moves, on any instance of the app. So showing
/// the page costs neither the claims query nor the highlighting, and no write has to remember to evict anything.
/// </summary>
/// <remarks>Bounded by an estimate of the memory held; the least recently used articles go first.</remarks>
public sealed class ReviewSnapshots(long sizeLimitBytes) : IDisposable
{
    // Long enough to outlast a review session; short enough that articles nobody opens do not sit in memory.
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(20);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = sizeLimitBytes, CompactionPercentage = 0.25 });

    /// <summary>The article's snapshot if one was built from <paramref name="claimsVersion"/>.</summary>
    public Snapshot? Find(int articleId, Guid claimsVersion) =>
        _cache.TryGetValue(articleId, out Snapshot? snapshot) && snapshot?.ClaimsVersion == claimsVersion ? snapshot : null;

    /// <summary>Keeps <paramref name="snapshot"/> in place of the article's older one.</summary>
    public void Keep(int articleId, Snapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _cache.Set(articleId, snapshot, new MemoryCacheEntryOptions { Size = snapshot.ApproximateBytes, SlidingExpiration = Idle });
    }

    public void Dispose() => _cache.Dispose();

    /// <summary>
    /// <paramref name="ClaimsVersion"/> must be read before the claims it describes: a write in between then leaves
    /// a snapshot newer than its version, which the next reader replaces, never one older.
    /// </summary>
    public sealed record Snapshot(Guid ClaimsVersion, IReadOnlyList<DetailsModel.ClaimRow> Claims, SelectableHtml Text, SelectableHtml List,
        OptionList DeniedBy, DetailsModel.SourceChoices Sources)
    {
        // Two bytes a character, and a rough allowance per row for the objects around the strings.
        public long ApproximateBytes { get; } = (2L * (Text.Length + List.Length + DeniedBy.Length + Sources.Options.Length))
            + Claims.Sum(c => 256L + (2L * (c.Text.Length + (c.Cue?.Length ?? 0) + (c.SourceMention?.Length ?? 0))));
    }
}
