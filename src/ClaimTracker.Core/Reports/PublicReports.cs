using ClaimTracker.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ClaimTracker.Core.Reports;

/// <summary>A published version as readers get it, with the public versions of the same report for the corrections log.</summary>
/// <param name="Report">The frozen snapshot in its reader form (see <see cref="PublicReports.ForReaders"/>).</param>
/// <param name="LatestNumber">The newest public version of the article, so an older one can point to it.</param>
public sealed record ReaderReport(SourcingReport Report, int Number, string? Slug, int LatestNumber, IReadOnlyList<ReaderVersion> Versions)
{
    public bool IsLatest => Number == LatestNumber;

    public int ArticleId => Report.Article.Id;

    public DateTime PublishedAt => Report.Publication!.PublishedAt;
}

public sealed record ReaderVersion(int Number, DateTime PublishedAt, string? CorrectionsNote);

public enum ReaderStatus
{
    /// <summary>No such article, or nothing of it ever published: readers cannot tell the two apart.</summary>
    NotFound,

    /// <summary>Published, then withdrawn by an Editor.</summary>
    Withdrawn,

    Found,
}

public sealed record ReaderLookup(ReaderStatus Status, ReaderReport? Report = null, DateTime? WithdrawnAt = null, string? WithdrawalNote = null)
{
    public static ReaderLookup NotFound { get; } = new(ReaderStatus.NotFound);
}

/// <summary>One entry of the feed and the sitemap: an article whose report is public, at its latest public version.</summary>
public sealed record PublicListing(int ArticleId, int Number, string? Slug, DateTime PublishedAt);

/// <summary>
/// Everything the public pages read, and all they read: published, not withdrawn versions, from their frozen
/// snapshots. Live claims, sources and users are never queried here, so what readers see is exactly what an
/// Editor published. Snapshots are parsed once and kept in memory per version: a version never changes, and
/// whether it is still public is asked of the database on every request.
/// </summary>
public sealed class PublicReports(ClaimTrackerDbContext db, IMemoryCache cache)
{
    /// <summary>How long a parsed version is kept after its last reader.</summary>
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(10);

    /// <summary>The version to show: <paramref name="number"/>, or the latest public one when null.</summary>
    public async Task<ReaderLookup> FindAsync(int articleId, int? number, CancellationToken cancellationToken)
    {
        var versions = await db.PublishedReports.AsNoTracking()
            .Where(r => r.ArticleId == articleId)
            .OrderBy(r => r.Number)
            .Select(r => new VersionRow(r.Id, r.ArticleId, r.Number, r.PublishedAt, r.CorrectionsNote, r.Slug, r.WithdrawnAt, r.WithdrawalNote))
            .ToListAsync(cancellationToken);
        if (versions.Count == 0)
        {
            return ReaderLookup.NotFound;
        }

        var shown = versions.Where(v => v.WithdrawnAt is null).ToList();
        var target = number is { } n ? versions.Find(v => v.Number == n) : shown.LastOrDefault() ?? versions[^1];
        if (target is null)
        {
            return ReaderLookup.NotFound;
        }

        if (target.WithdrawnAt is { } withdrawn)
        {
            return new ReaderLookup(ReaderStatus.Withdrawn, WithdrawnAt: withdrawn, WithdrawalNote: target.WithdrawalNote);
        }

        var report = cache.TryGetValue(Key(target.Id), out SourcingReport? cached) && cached is not null
            ? cached
            : Remember(target, await db.PublishedReports.AsNoTracking()
                .Where(r => r.Id == target.Id)
                .Select(r => r.Snapshot)
                .FirstAsync(cancellationToken));
        var log = shown.Select(v => new ReaderVersion(v.Number, v.PublishedAt, v.CorrectionsNote)).ToList();
        return new ReaderLookup(ReaderStatus.Found, new ReaderReport(report, target.Number, target.Slug, shown[^1].Number, log));
    }

    /// <summary>Articles whose report is public, the most recently published first.</summary>
    public async Task<IReadOnlyList<PublicListing>> ListAsync(int skip, int take, CancellationToken cancellationToken) =>
        await Latest()
            .OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.ArticleId)
            .Skip(skip)
            .Take(take)
            .Select(r => new PublicListing(r.ArticleId, r.Number, r.Slug, r.PublishedAt))
            .ToListAsync(cancellationToken);

    /// <summary>The latest public version of each listed article, in the order given, parsed in one query for those not in memory.</summary>
    public async Task<IReadOnlyList<ReaderReport>> LoadAsync(IReadOnlyList<PublicListing> listings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listings);
        var keys = listings.Select(l => (l.ArticleId, l.Number)).ToList();
        var articleIds = keys.Select(k => k.ArticleId).Distinct().ToList();
        var rows = (await db.PublishedReports.AsNoTracking()
                .Where(r => articleIds.Contains(r.ArticleId) && r.WithdrawnAt == null)
                .Select(r => new VersionRow(r.Id, r.ArticleId, r.Number, r.PublishedAt, r.CorrectionsNote, r.Slug, null, null))
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.ArticleId);

        // A report withdrawn since it was listed is left out.
        var wanted = listings.Select(l => rows[l.ArticleId].FirstOrDefault(r => r.Number == l.Number)).OfType<VersionRow>().ToList();
        var missing = wanted.Where(r => !cache.TryGetValue(Key(r.Id), out _)).Select(r => r.Id).ToList();
        var snapshots = missing.Count == 0
            ? []
            : await db.PublishedReports.AsNoTracking()
                .Where(r => missing.Contains(r.Id))
                .Select(r => new { r.Id, r.Snapshot })
                .ToDictionaryAsync(r => r.Id, r => r.Snapshot, cancellationToken);

        return wanted.Select(row =>
        {
            var report = cache.TryGetValue(Key(row.Id), out SourcingReport? cached) && cached is not null
                ? cached
                : Remember(row, snapshots[row.Id]);
            var log = rows[row.ArticleId].OrderBy(v => v.Number).Select(v => new ReaderVersion(v.Number, v.PublishedAt, v.CorrectionsNote)).ToList();
            return new ReaderReport(report, row.Number, row.Slug, row.Number, log);
        }).ToList();
    }

    /// <summary>The newest version of each article that is not withdrawn.</summary>
    private IQueryable<Domain.PublishedReport> Latest() =>
        db.PublishedReports.AsNoTracking()
            .Where(r => r.WithdrawnAt == null
                && !db.PublishedReports.Any(o => o.ArticleId == r.ArticleId && o.WithdrawnAt == null && o.Number > r.Number));

    private SourcingReport Remember(VersionRow row, string snapshot)
    {
        var version = new ReportVersion(row.Number, row.PublishedAt, null, row.CorrectionsNote);
        var report = ForReaders(ReportJson.Deserialize(snapshot), version);
        return cache.Set(Key(row.Id), report, new MemoryCacheEntryOptions { SlidingExpiration = CacheLifetime });
    }

    /// <summary>
    /// The public view of a snapshot with everything readers have no use for removed as well: the people of the
    /// newsroom (reviewer names can be e-mail addresses), internal claim and source ids, the article's full text and
    /// the sources' records elsewhere. What is not in the object cannot leak through a page or its JSON-LD.
    /// </summary>
    public static SourcingReport ForReaders(SourcingReport snapshot, ReportVersion version)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var shown = snapshot.ToPublic();
        return shown with
        {
            Article = shown.Article with { Body = string.Empty, SignedOffBy = null },
            Reviewers = [],
            Claims = shown.Claims
                .Select(c => c with
                {
                    Id = 0,
                    SourceId = null,
                    ReviewedBy = null,
                    Relations = c.Relations.Select(r => r with { OtherSourceId = null }).ToList(),
                })
                .ToList(),
            Sources = [],
            Versions = [],
            Publication = version with { PublishedBy = null },
        };
    }

    private static string Key(int publishedReportId) => $"reader-report:{publishedReportId}";

    private sealed record VersionRow(
        int Id, int ArticleId, int Number, DateTime PublishedAt, string? CorrectionsNote, string? Slug, DateTime? WithdrawnAt, string? WithdrawalNote);
}
