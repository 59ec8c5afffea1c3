using ClaimTracker.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ClaimTracker.Core.Reviewing;

/// <summary>
/// The outlets articles come from, for the filter lists of the article list and search. Every view of those
/// pages needs it and it barely changes, so it is shared for a minute: a new outlet joins the lists that late.
/// </summary>
public sealed class OutletNames(ClaimTrackerDbContext db, IMemoryCache cache)
{
    /// <summary>Bounds the lists, so a page never carries thousands of options.</summary>
    public const int Limit = 500;

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private const string Key = "outlets:names";

    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(Key, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return (IReadOnlyList<string>)await db.Articles.AsNoTracking()
                .Where(a => a.Outlet != null && a.Outlet != "")
                .Select(a => a.Outlet!)
                .Distinct()
                .OrderBy(o => o)
                .Take(Limit)
                .ToListAsync(cancellationToken);
        }) ?? [];
}
