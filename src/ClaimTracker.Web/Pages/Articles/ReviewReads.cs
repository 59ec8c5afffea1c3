using System.Globalization;
using System.Text.Encodings.Web;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Reviewing;
using ClaimTracker.Web.Infrastructure;
using Humanizer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using static ClaimTracker.Web.Pages.Articles.DetailsModel;

namespace ClaimTracker.Web.Pages.Articles;

/// <summary>
/// The reads that show the review page: the article, its claims as a snapshot, the selected claim with its links
/// and history, and the source pickers. Static, so showing the page allocates nothing beyond what it reads.
/// </summary>
internal static class ReviewReads
{
    private const int SourcePickerSize = 200;

    // Ranking every source by its claims scans all claims; the ranking barely moves, so it is shared for a minute.
    private static readonly TimeSpan MostCitedLifetime = TimeSpan.FromMinutes(1);

    private static readonly SemaphoreSlim MostCitedRefresh = new(1, 1);

    // The audited claim properties whose values are ids; links record who added them only in their description.
    private static readonly HashSet<string> UserIdFields = [nameof(Claim.ReviewedById)];

    private static readonly HashSet<string> SourceIdFields = [nameof(Claim.SourceId), nameof(Claim.ContestedBySourceId)];

    // The reads every showing of the page makes, compiled once: EF then skips building, parameterising and hashing
    // each expression per call, which was about a tenth of the page's CPU under load.
    internal static readonly Func<ClaimTrackerDbContext, int, CancellationToken, Task<ArticleView?>> ArticleQuery = EF.CompileAsyncQuery(
        (ClaimTrackerDbContext db, int id, CancellationToken _) => db.Articles.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new ArticleView(a.Id, a.Title, a.Outlet, a.Byline, a.OriginalUrl, a.PublishedAt, a.Status, a.ClaimsVersion,
                a.AssignedReviewerId, a.AssignedReviewer == null ? null : (a.AssignedReviewer.DisplayName == "" ? a.AssignedReviewer.Email : a.AssignedReviewer.DisplayName),
                a.SignedOffBy == null ? null : a.SignedOffBy.Email, a.SignedOffAt))
            .FirstOrDefault());

    private static readonly Func<ClaimTrackerDbContext, int, CancellationToken, Task<Claim?>> ClaimQuery = EF.CompileAsyncQuery(
        (ClaimTrackerDbContext db, int claimId, CancellationToken _) => db.Claims.AsNoTracking().FirstOrDefault(c => c.Id == claimId));

    private static readonly Func<ClaimTrackerDbContext, int, IAsyncEnumerable<LinkRow>> LinksQuery = EF.CompileAsyncQuery(
        (ClaimTrackerDbContext db, int claimId) => db.CorroboratingLinks.AsNoTracking()
            .Where(l => l.ClaimId == claimId)
            .OrderBy(l => l.Id)
            .Select(l => new LinkRow(l.Id, l.Url, l.Title, l.Publisher, l.Stance, l.AccessedAt, l.Note)));

    private static readonly Func<ClaimTrackerDbContext, string, IAsyncEnumerable<HistoryRow>> HistoryQuery = EF.CompileAsyncQuery(
        (ClaimTrackerDbContext db, string claimKey) => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == AuditFields.ClaimEntity && a.EntityId == claimKey)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Take(200)
            .Select(a => new HistoryRow(a.UserName, a.At, a.Field, a.OldValue, a.NewValue)));

    internal static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Builds (and keeps) what the page shows of the article's claims at <paramref name="claimsVersion"/>.</summary>
    internal static async Task<ReviewSnapshots.Snapshot> SnapshotAsync(ClaimTrackerDbContext db, ReviewSnapshots snapshots, HtmlEncoder encoder,
        int id, Guid claimsVersion, CancellationToken cancellationToken)
    {
        var body = await db.Articles.Where(a => a.Id == id).Select(a => a.Body).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
        var claims = await db.Claims.AsNoTracking()
            .Where(c => c.ArticleId == id)
            .OrderBy(c => c.Ordinal)
            .Select(c => new ClaimRow(c.Id, c.Ordinal, c.Start, c.End, c.Segments, c.Text, c.Kind, c.Cue, c.SourceMention,
                c.SourceMentionStart, c.SourceMentionEnd, c.Source == null ? null : new SourceOption(c.Source.Id, c.Source.CanonicalName, c.Source.Kind),
                c.ContestedBySource == null ? null : new SourceOption(c.ContestedBySource.Id, c.ContestedBySource.CanonicalName, c.ContestedBySource.Kind),
                c.SpeakerRole, c.SourcingType, c.ContestedStatus, c.Rating, c.ReviewedAt != null))
            .ToListAsync(cancellationToken);
        var text = ArticleHighlighter.Render(body, claims.Select(c => new ArticleHighlighter.Mark(
            c.Ordinal, c.Segments.Count > 0 ? c.Segments : [new TextRange(c.Start, c.End)], c.SourceMentionStart, c.SourceMentionEnd,
            c.Kind != ClaimKind.Unattributed, ArticleHighlighter.StatusClass(c.ContestedStatus, c.Reviewed))).ToList(), encoder);
        var deniedBy = new OptionList([.. claims.Select(c => new OptionList.Choice(Id(c.Id), $"#{c.Ordinal} {c.Text.Truncate(60)}"))], encoder);
        var sources = SourceChoicesOf(claims.SelectMany(c => new[] { c.Source, c.ContestedBySource }).OfType<SourceOption>().DistinctBy(o => o.Id), encoder);
        var snapshot = new ReviewSnapshots.Snapshot(claimsVersion, claims, text, ClaimListHtml.Render(claims, encoder), deniedBy, sources);
        snapshots.Keep(id, snapshot);
        return snapshot;
    }

    /// <summary>
    /// The directory's most cited sources (sorted by name, rendered as options), computed by one request at a
    /// time: when the shared copy expires, the others wait for it instead of all ranking every claim at once.
    /// </summary>
    internal static async Task<RankedSources> MostCitedAsync(ClaimTrackerDbContext db, IMemoryCache cache, HtmlEncoder encoder, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(MostCitedCacheKey, out RankedSources? cached) && cached is not null)
        {
            return cached;
        }

        await MostCitedRefresh.WaitAsync(cancellationToken);
        try
        {
            if (cache.TryGetValue(MostCitedCacheKey, out cached) && cached is not null)
            {
                return cached;
            }

            var ranked = await db.Sources.AsNoTracking()
                .OrderByDescending(s => s.Claims.Count)
                .ThenBy(s => s.CanonicalName)
                .Take(SourcePickerSize)
                .Select(s => new SourceOption(s.Id, s.CanonicalName, s.Kind))
                .ToListAsync(cancellationToken);
            return cache.Set(MostCitedCacheKey, new RankedSources(SourceChoicesOf(ranked, encoder)), MostCitedLifetime);
        }
        finally
        {
            MostCitedRefresh.Release();
        }
    }

    /// <summary>Sources as picker options, by name, each with its kind.</summary>
    internal static SourceChoices SourceChoicesOf(IEnumerable<SourceOption> sources, HtmlEncoder encoder)
    {
        List<SourceOption> sorted = [.. sources.OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)];
        return new SourceChoices(sorted, new OptionList([.. sorted.Select(o => new OptionList.Choice(Id(o.Id), $"{o.Name} ({o.Kind.Humanize()})"))], encoder));
    }

    /// <summary>The selected claim as its panel shows it: fields, links with their independent support, named history.</summary>
    internal static async Task<SelectedClaim?> SelectedAsync(ClaimTrackerDbContext db, ClaimReview review, int claimId, CancellationToken cancellationToken)
    {
        var claim = await ClaimQuery(db, claimId, cancellationToken);
        if (claim is null)
        {
            return null;
        }

        var deniedBy = await review.DeniedByAsync(claimId, cancellationToken);
        var links = await LinksQuery(db, claimId).ToListAsync(cancellationToken);
        var history = await HistoryQuery(db, Id(claimId)).ToListAsync(cancellationToken);
        history = await NameReferencesAsync(db, history, cancellationToken);
        var independent = LinkRules.IndependentSupport(links.Select(l => (l.Url, l.Publisher, l.Stance)));
        return new SelectedClaim(claim.Id, claim.Ordinal, claim.Start, claim.End, claim.Text, claim.Origin, claim.SourceMention,
            claim.Version, ClaimFields.From(claim, deniedBy), links, independent, history);
    }

    /// <summary>
    /// Audit rows hold the ids a change wrote (reviewer, source, contesting source), which mean nothing to a
    /// reviewer: the ones shown are named, one query per kind. An id whose row is gone stays as it was recorded.
    /// </summary>
    private static async Task<List<HistoryRow>> NameReferencesAsync(ClaimTrackerDbContext db, List<HistoryRow> history, CancellationToken cancellationToken)
    {
        IEnumerable<string> Values(HashSet<string> fields) => history.Where(h => fields.Contains(h.Field))
            .SelectMany(h => new[] { h.OldValue, h.NewValue })
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);

        var userIds = Values(UserIdFields).ToList();
        var sourceIds = Values(SourceIdFields).Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .Where(n => n > 0).ToList();
        if (userIds.Count == 0 && sourceIds.Count == 0)
        {
            return history;
        }

        var users = userIds.Count == 0 ? [] : await db.Users.AsNoTracking()
            .Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Email })
            .ToDictionaryAsync(u => u.Id, u => (string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email : u.DisplayName) ?? u.Id, cancellationToken);
        var sources = sourceIds.Count == 0 ? [] : await db.Sources.AsNoTracking()
            .Where(s => sourceIds.Contains(s.Id))
            .ToDictionaryAsync(s => Id(s.Id), s => s.CanonicalName, cancellationToken);
        static string? Name(Dictionary<string, string> names, string? id) => id is not null && names.TryGetValue(id, out var name) ? name : id;
        return [.. history.Select(h =>
            UserIdFields.Contains(h.Field) ? h with { OldValue = Name(users, h.OldValue), NewValue = Name(users, h.NewValue) }
            : SourceIdFields.Contains(h.Field) ? h with { OldValue = Name(sources, h.OldValue), NewValue = Name(sources, h.NewValue) }
            : h)];
    }

    /// <summary>The most cited sources as one cache entry.</summary>
    internal sealed record RankedSources(SourceChoices Choices);
}
