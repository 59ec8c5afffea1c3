using System.Globalization;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Core.FactChecks;

/// <summary>
/// This newsroom's own checks in the library: every rated, reviewed claim of an article's latest published report.
/// They are written with the report in the same save, from the very data frozen into it, so the library says what
/// readers were shown; a later version replaces the article's own checks (a claim kept with the same wording keeps
/// its row, and so its vector).
/// </summary>
public sealed class OwnFactChecks(ClaimTrackerDbContext db, IOptions<ReportOptions> options)
{
    /// <summary>Adds, updates and removes the article's own checks for a report being published; the caller saves.</summary>
    public async Task StageAsync(PublishedReport published, SourcingReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(report);
        var articleId = report.Article.Id;
        var existing = await db.FactChecks
            .Where(f => f.Origin == FactCheckOrigin.Own && f.ArticleId == articleId)
            .ToDictionaryAsync(f => f.DedupKey, StringComparer.Ordinal, cancellationToken);
        var settings = options.Value;
        var links = new ReportLinks(ReportLinks.ParseBase(settings.PublicBaseUrl));
        foreach (var claim in report.Claims.Where(c => c.IsReviewed && c.Rating != Rating.Unrated))
        {
            var key = FactCheckImporter.DedupKey(string.Create(CultureInfo.InvariantCulture, $"own-claim:{claim.Id}"), claim.Text);
            if (!existing.Remove(key, out var check))
            {
                check = new FactCheck
                {
                    ClaimReviewed = claim.Text.Length <= FactCheck.MaxClaimLength ? claim.Text : claim.Text[..FactCheck.MaxClaimLength],
                    CheckedBy = settings.Organization.Name,
                    Url = string.Empty,
                    Origin = FactCheckOrigin.Own,
                    ArticleId = articleId,
                    ClaimId = claim.Id,
                    DedupKey = key,
                    AddedAt = published.PublishedAt,
                };
                db.FactChecks.Add(check);
            }

            check.CheckedBy = FactCheckFields.Name(settings.Organization.Name) ?? "ClaimTracker";
            check.CheckedByUrl = SafeUrl.Http(settings.Organization.Url);
            check.Claimant = FactCheckFields.Name(claim.IsAttributed ? claim.SourceLabel : report.Article.Outlet);
            check.RatingText = ReportText.Label(claim.Rating);
            check.RatingValue = ClaimReviewWriter.RatingValue(claim.Rating);
            check.BestRating = check.RatingValue is null ? null : ClaimReviewWriter.BestRating;
            check.WorstRating = check.RatingValue is null ? null : ClaimReviewWriter.WorstRating;
            check.CheckedOn = published.PublishedAt;
            check.Url = string.Create(CultureInfo.InvariantCulture, $"{links.PublicVersion(articleId, published.Number)}#claim-{claim.Ordinal}");
            check.PublishedReport = published;
        }

        // Claims no longer rated, reworded or gone from the report are no longer this newsroom's verdict.
        db.FactChecks.RemoveRange(existing.Values);
    }

    /// <summary>A withdrawn report is no longer this newsroom's verdict: its own checks leave the library; the caller saves.</summary>
    public async Task StageWithdrawalAsync(int articleId, CancellationToken cancellationToken) =>
        db.FactChecks.RemoveRange(await db.FactChecks
            .Where(f => f.Origin == FactCheckOrigin.Own && f.ArticleId == articleId)
            .ToListAsync(cancellationToken));

    /// <summary>
    /// Writes own checks for articles whose latest published report has none yet (reports published before the
    /// library existed). Cheap when there is nothing to do; run after migrating.
    /// </summary>
    public async Task<int> BackfillAsync(CancellationToken cancellationToken)
    {
        var latest = db.PublishedReports.Where(r => r.WithdrawnAt == null).GroupBy(r => r.ArticleId).Select(g => g.Max(r => r.Id));
        var pending = await db.PublishedReports
            .Where(r => latest.Contains(r.Id) && !db.FactChecks.Any(f => f.ArticleId == r.ArticleId && f.Origin == FactCheckOrigin.Own))
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
        var written = 0;
        foreach (var id in pending)
        {
            var published = await db.PublishedReports.SingleAsync(r => r.Id == id, cancellationToken);
            var report = ReportJson.Deserialize(published.Snapshot);
            await StageAsync(published, report, cancellationToken);
            written += db.ChangeTracker.Entries<FactCheck>().Count(e => e.State == EntityState.Added);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return written;
    }
}
