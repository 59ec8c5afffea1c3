using System.Globalization;
using ClaimTracker.Core.Auditing;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.FactChecks;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Core.Reports;

public sealed record PublishOutcome(int? Number, string? Error)
{
    public bool Succeeded => Number is not null;
}

/// <summary>What readers can see of an article's report: the version the public page shows, or why there is none.</summary>
/// <param name="PublicNumber">The latest version not withdrawn; null when nothing is public.</param>
/// <param name="WithdrawnAt">When the report was last withdrawn, if it was and nothing was published since.</param>
public sealed record PublicationState(int? PublicNumber, string? Slug, DateTime? PublishedAt, DateTime? WithdrawnAt, string? WithdrawalNote)
{
    public bool IsPublic => PublicNumber is not null;

    public bool IsWithdrawn => PublicNumber is null && WithdrawnAt is not null;
}

/// <summary>
/// Publishing freezes the report: the full (internal) report is stored as JSON with a number per article,
/// and a published version is always read back from that snapshot, never rebuilt, so later edits to
/// claims cannot change what readers were shown. Who may publish is the caller's check (Editors).
/// </summary>
public sealed class ReportPublisher(
    ClaimTrackerDbContext db,
    ReportBuilder builder,
    OwnFactChecks ownChecks,
    FactCheckEmbeddingSignal embedding,
    TimeProvider clock,
    IPublishedReportCache? publicCache = null)
{
    public const int MaxCorrectionsNoteLength = 4000;
    public const int MaxWithdrawalNoteLength = 1000;

    public async Task<PublishOutcome> PublishAsync(int articleId, string? userId, string? correctionsNote, CancellationToken cancellationToken)
    {
        var note = string.IsNullOrWhiteSpace(correctionsNote) ? null : correctionsNote.Trim();
        if (note is { Length: > MaxCorrectionsNoteLength })
        {
            return new PublishOutcome(null, $"The corrections note is too long: {note.Length:N0} characters, the limit is {MaxCorrectionsNoteLength:N0}.");
        }

        var report = await builder.BuildAsync(articleId, ReportView.Internal, cancellationToken);
        if (report is null)
        {
            return new PublishOutcome(null, "There is no such article.");
        }

        var previous = report.Versions.Count == 0 ? 0 : report.Versions.Max(v => v.Number);
        if (previous > 0 && note is null)
        {
            return new PublishOutcome(null,
                string.Create(CultureInfo.InvariantCulture, $"Version {previous} is already published: say what changed in a corrections note."));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var published = new PublishedReport
        {
            ArticleId = articleId,
            Number = previous + 1,
            PublishedAt = now,
            PublishedById = userId,
            CorrectionsNote = note,
            Snapshot = ReportJson.Serialize(report with { GeneratedAt = now }),
            Slug = ReportSlug.From(report.Article.Title),
        };
        db.PublishedReports.Add(published);
        // The rated claims become the newsroom's own checks in the fact-check library, in the same save.
        await ownChecks.StageAsync(published, report, cancellationToken);
        db.AuditEntries.Add(await AuditAsync(ReportEvents.Published, articleId, published.Number, userId, note, now, cancellationToken));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The (article, number) index is unique: someone published the same number a moment before us.
            db.ChangeTracker.Clear();
            return new PublishOutcome(null, "Someone else published a version of this report at the same moment. Reload it and try again.");
        }

        embedding.Notify();
        await ForgetPublicCopiesAsync(articleId, cancellationToken);
        return new PublishOutcome(published.Number, null);
    }

    /// <summary>
    /// Takes every public version of the article down: readers get 410 Gone with the note, the feed and the sitemap
    /// leave the article out. The snapshots stay for the newsroom; publishing again makes the new version public.
    /// </summary>
    public async Task<PublishOutcome> WithdrawAsync(int articleId, string? userId, string? withdrawalNote, CancellationToken cancellationToken)
    {
        var note = string.IsNullOrWhiteSpace(withdrawalNote) ? null : withdrawalNote.Trim();
        if (note is { Length: > MaxWithdrawalNoteLength })
        {
            return new PublishOutcome(null, $"The notice is too long: {note.Length:N0} characters, the limit is {MaxWithdrawalNoteLength:N0}.");
        }

        var versions = await db.PublishedReports
            .Where(r => r.ArticleId == articleId && r.WithdrawnAt == null)
            .ToListAsync(cancellationToken);
        if (versions.Count == 0)
        {
            return new PublishOutcome(null, "Nothing of this report is public: there is nothing to withdraw.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var version in versions)
        {
            version.WithdrawnAt = now;
            version.WithdrawalNote = note;
        }

        await ownChecks.StageWithdrawalAsync(articleId, cancellationToken);
        var latest = versions.Max(v => v.Number);
        db.AuditEntries.Add(await AuditAsync(ReportEvents.Withdrawn, articleId, latest, userId, note, now, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        await ForgetPublicCopiesAsync(articleId, cancellationToken);
        return new PublishOutcome(latest, null);
    }

    private Task ForgetPublicCopiesAsync(int articleId, CancellationToken cancellationToken) =>
        publicCache?.ForgetAsync(articleId, cancellationToken) ?? Task.CompletedTask;

    public async Task<PublicationState> StateAsync(int articleId, CancellationToken cancellationToken)
    {
        var rows = await db.PublishedReports.AsNoTracking()
            .Where(r => r.ArticleId == articleId)
            .OrderByDescending(r => r.Number)
            .Select(r => new { r.Number, r.Slug, r.PublishedAt, r.WithdrawnAt, r.WithdrawalNote })
            .ToListAsync(cancellationToken);
        if (rows.FirstOrDefault(r => r.WithdrawnAt is null) is { } shown)
        {
            return new PublicationState(shown.Number, shown.Slug, shown.PublishedAt, null, null);
        }

        var withdrawn = rows.FirstOrDefault();
        return new PublicationState(null, withdrawn?.Slug, withdrawn?.PublishedAt, withdrawn?.WithdrawnAt, withdrawn?.WithdrawalNote);
    }

    private async Task<AuditEntry> AuditAsync(string action, int articleId, int number, string? userId, string? note, DateTime at, CancellationToken cancellationToken) => new()
    {
        UserId = userId,
        UserName = userId is null ? null : await db.Users.Where(u => u.Id == userId).Select(u => u.UserName).FirstOrDefaultAsync(cancellationToken),
        At = at,
        EntityType = ReportEvents.EntityType,
        EntityId = number.ToString(CultureInfo.InvariantCulture),
        ArticleId = articleId,
        Field = action,
        NewValue = note,
    };

    public async Task<IReadOnlyList<ReportVersion>> VersionsAsync(int articleId, CancellationToken cancellationToken) =>
        await db.PublishedReports.AsNoTracking()
            .Where(r => r.ArticleId == articleId)
            .OrderBy(r => r.Number)
            .Select(r => new ReportVersion(r.Number, r.PublishedAt, r.PublishedBy == null ? null : r.PublishedBy.DisplayName, r.CorrectionsNote))
            .ToListAsync(cancellationToken);

    /// <summary>A published version exactly as it was frozen, or null when there is no such version.</summary>
    public async Task<SourcingReport?> LoadAsync(int articleId, int number, ReportView view, CancellationToken cancellationToken)
    {
        var row = await db.PublishedReports.AsNoTracking()
            .Where(r => r.ArticleId == articleId && r.Number == number)
            .Select(r => new
            {
                r.Snapshot,
                Version = new ReportVersion(r.Number, r.PublishedAt, r.PublishedBy == null ? null : r.PublishedBy.DisplayName, r.CorrectionsNote),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var report = ReportJson.Deserialize(row.Snapshot) with { Publication = row.Version };
        return report.ForView(view);
    }
}
