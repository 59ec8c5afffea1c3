using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ClaimTracker.Core.Reports;

/// <summary>
/// Reads one article's report from the database in a fixed number of flat projections (article, claims,
/// links, relations, reviewers, track records, versions), whatever the number of claims: no query per claim.
/// </summary>
public sealed class ReportBuilder(ClaimTrackerDbContext db, TimeProvider clock, IMemoryCache? cache = null)
{
    /// <summary>
    /// How long a source's record in other articles is reused. Aggregating it reads every claim of the source
    /// (a ministry quoted in thousands of articles: ~150 ms); a record a minute or two old is still true enough for
    /// a report, and frozen versions keep what was published.
    /// </summary>
    public static readonly TimeSpan TrackRecordLifetime = TimeSpan.FromMinutes(2);

    private static readonly SemaphoreSlim TrackRecordRefresh = new(1, 1);

    /// <summary>Audit entries of publishing are an editor's act, not a review.</summary>
    internal const string PublishedReportEntity = Auditing.ReportEvents.EntityType;

    public async Task<SourcingReport?> BuildAsync(int articleId, ReportView view, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Id == articleId)
            .Select(a => new ReportArticle(
                a.Id, a.Title, a.Outlet, a.Byline, a.OriginalUrl, a.PublishedAt, a.Language, a.Status,
                a.SignedOffAt, a.SignedOffBy == null ? null : a.SignedOffBy.DisplayName, a.Body))
            .FirstOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return null;
        }

        var rows = await db.Claims.AsNoTracking()
            .Where(c => c.ArticleId == articleId)
            .OrderBy(c => c.Ordinal)
            .Select(c => new ClaimRow(
                c.Id, c.Ordinal, c.Start, c.End, c.Text, c.Kind, c.Cue,
                c.SourceId, c.Source == null ? null : c.Source.CanonicalName, c.Source == null ? null : c.Source.Kind,
                c.Source == null ? null : c.Source.Affiliation,
                c.SourceMention, c.SpeakerRole, c.SourcingType, c.AnonymityReason, c.Hedges, c.Origin,
                c.ContestedStatus, c.ContestedBySource == null ? null : c.ContestedBySource.CanonicalName,
                c.Rating, c.ReviewerNotes, c.ReviewedById, c.ReviewedBy == null ? null : c.ReviewedBy.DisplayName, c.ReviewedAt))
            .ToListAsync(cancellationToken);

        var links = (await db.CorroboratingLinks.AsNoTracking()
                .Where(l => l.Claim!.ArticleId == articleId)
                .OrderBy(l => l.AddedAt).ThenBy(l => l.Id)
                .Select(l => new { l.ClaimId, Link = new ReportLink(l.Url, l.Title, l.Publisher, l.Stance, l.AccessedAt, l.Note) })
                .ToListAsync(cancellationToken))

            // Links are checked on the way in; a stray javascript: or data: URL still never reaches a report.
            .Where(l => SafeUrl.Http(l.Link.Url) is not null)
            .ToLookup(l => l.ClaimId, l => l.Link);

        var relations = await db.ClaimRelations.AsNoTracking()
            .Where(r => r.FromClaim!.ArticleId == articleId && r.ToClaim!.ArticleId == articleId)
            .Select(r => new { r.FromClaimId, r.ToClaimId, r.Type })
            .ToListAsync(cancellationToken);

        var reviewers = await ReviewerNamesAsync(articleId, rows, cancellationToken);
        var versions = await db.PublishedReports.AsNoTracking()
            .Where(r => r.ArticleId == articleId)
            .OrderBy(r => r.Number)
            .Select(r => new ReportVersion(r.Number, r.PublishedAt, r.PublishedBy == null ? null : r.PublishedBy.DisplayName, r.CorrectionsNote))
            .ToListAsync(cancellationToken);

        var byId = rows.ToDictionary(r => r.Id);
        var relationsByClaim = relations
            .SelectMany(r => new[]
            {
                (ClaimId: r.FromClaimId, Relation: Relation(r.Type, true, byId[r.ToClaimId])),
                (ClaimId: r.ToClaimId, Relation: Relation(r.Type, false, byId[r.FromClaimId])),
            })
            .ToLookup(x => x.ClaimId, x => x.Relation);
        var claims = rows.Select(r => r.ToClaim(links[r.Id].ToList(), relationsByClaim[r.Id].OrderBy(x => x.OtherOrdinal).ToList())).ToList();
        var unreviewed = rows.Where(r => r.ReviewedAt is null).ToList();

        var report = new SourcingReport
        {
            Article = article,
            View = ReportView.Internal,
            GeneratedAt = clock.GetUtcNow().UtcDateTime,
            Reviewers = reviewers,
            ArticleClaimCount = rows.Count,
            UnreviewedCount = unreviewed.Count,
            MachineExtractedUnreviewedCount = unreviewed.Count(r => r.Origin == ClaimOrigin.Extracted),
            Summary = ReportSummary.Compute(claims),
            Claims = claims,
            Sources = await SourcesAsync(articleId, rows, cancellationToken),
            Versions = versions,
        };
        return report.ForView(view);
    }

    private static ReportRelation Relation(ClaimRelationType type, bool outgoing, ClaimRow other) =>
        new(type, outgoing, other.Ordinal, other.SourceId, other.SourceName ?? other.SourceMention);

    private async Task<IReadOnlyList<string>> ReviewerNamesAsync(int articleId, List<ClaimRow> rows, CancellationToken cancellationToken)
    {
        var authors = await db.AuditEntries.AsNoTracking()
            .Where(a => a.ArticleId == articleId && a.EntityType != PublishedReportEntity && (a.UserId != null || a.UserName != null))
            .Select(a => new { a.UserId, a.UserName })
            .Distinct()
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.ReviewedById).Concat(authors.Select(a => a.UserId))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var users = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.UserName })
            .ToDictionaryAsync(u => u.Id, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName ?? u.Id : u.DisplayName, cancellationToken);

        // Deleted accounts keep the name the audit trail recorded.
        var names = ids.Select(id => users.GetValueOrDefault(id))
            .Concat(authors.Where(a => a.UserId is null || !users.ContainsKey(a.UserId)).Select(a => a.UserName))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        return names;
    }

    private async Task<IReadOnlyList<ReportSource>> SourcesAsync(int articleId, List<ClaimRow> rows, CancellationToken cancellationToken)
    {
        var sourceIds = rows.Where(r => r.SourceId is not null).Select(r => r.SourceId!.Value).Distinct().ToList();
        if (sourceIds.Count == 0)
        {
            return [];
        }

        var elsewhere = cache is null
            ? await TrackRecordsAsync(articleId, sourceIds, cancellationToken)
            : await CachedTrackRecordsAsync(cache, articleId, sourceIds, cancellationToken);

        return rows.Where(r => r.SourceId is not null)
            .GroupBy(r => r.SourceId!.Value)
            .Select(g =>
            {
                var first = g.First();
                return new ReportSource(g.Key, first.SourceName!, first.SourceKind ?? SourceKind.Person, first.SourceAffiliation,
                    g.Select(r => r.Ordinal).ToList(), elsewhere.GetValueOrDefault(g.Key) ?? ReportTrackRecord.None);
            })
            .OrderByDescending(s => s.ClaimOrdinals.Count)
            .ThenBy(s => s.ClaimOrdinals[0])
            .ToList();
    }

    /// <summary>
    /// The cached records, computed by one request at a time: when a popular report's copy expires, the others
    /// wait for it rather than all aggregating the same claims at once.
    /// </summary>
    private async Task<Dictionary<int, ReportTrackRecord>> CachedTrackRecordsAsync(IMemoryCache cache, int articleId, List<int> sourceIds, CancellationToken cancellationToken)
    {
        var key = $"report:track-records:{articleId}:{string.Join(',', sourceIds.Order())}";
        if (cache.TryGetValue(key, out Dictionary<int, ReportTrackRecord>? cached) && cached is not null)
        {
            return cached;
        }

        await TrackRecordRefresh.WaitAsync(cancellationToken);
        try
        {
            if (cache.TryGetValue(key, out cached) && cached is not null)
            {
                return cached;
            }

            return cache.Set(key, await TrackRecordsAsync(articleId, sourceIds, cancellationToken), TrackRecordLifetime);
        }
        finally
        {
            TrackRecordRefresh.Release();
        }
    }

    /// <summary>One grouped query for every source's record in the other articles.</summary>
    private async Task<Dictionary<int, ReportTrackRecord>> TrackRecordsAsync(int articleId, List<int> sourceIds, CancellationToken cancellationToken) =>
        await db.Claims.AsNoTracking()
            .Where(c => c.ArticleId != articleId && c.SourceId != null && sourceIds.Contains(c.SourceId.Value))
            .GroupBy(c => c.SourceId!.Value)
            .Select(g => new
            {
                SourceId = g.Key,
                Articles = g.Select(c => c.ArticleId).Distinct().Count(),
                Claims = g.Count(),
                Refuted = g.Count(c => c.Rating == Rating.False || c.Rating == Rating.MostlyFalse),
                Corroborated = g.Count(c => c.Links.Any(l => l.Stance == LinkStance.Supports)),
            })
            .ToDictionaryAsync(x => x.SourceId, x => new ReportTrackRecord(x.Articles, x.Claims, x.Refuted, x.Corroborated), cancellationToken);

    private sealed record ClaimRow(
        int Id, int Ordinal, int Start, int End, string Text, ClaimKind Kind, string? Cue,
        int? SourceId, string? SourceName, SourceKind? SourceKind, string? SourceAffiliation,
        string? SourceMention, string? SpeakerRole, SourcingType SourcingType, string? AnonymityReason, List<string> Hedges,
        ClaimOrigin Origin, ContestedStatus ContestedStatus, string? ContestedBy,
        Rating Rating, string? ReviewerNotes, string? ReviewedById, string? ReviewedByName, DateTime? ReviewedAt)
    {
        public ReportClaim ToClaim(IReadOnlyList<ReportLink> links, IReadOnlyList<ReportRelation> relations) => new()
        {
            Id = Id,
            Ordinal = Ordinal,
            Start = Start,
            End = End,
            Text = Text,
            Kind = Kind,
            Cue = Cue,
            SourceId = SourceId,
            SourceName = SourceName,
            SourceKind = SourceKind,
            SourceMention = SourceMention,
            SpeakerRole = SpeakerRole,
            SourcingType = SourcingType,
            AnonymityReason = AnonymityReason,
            Hedges = Hedges,
            Origin = Origin,
            ContestedStatus = ContestedStatus,
            ContestedBy = ContestedBy,
            Relations = relations,
            Rating = Rating,
            ReviewerNotes = ReviewerNotes,
            ReviewedBy = ReviewedByName,
            ReviewedAt = ReviewedAt,
            Links = links,
        };
    }
}
