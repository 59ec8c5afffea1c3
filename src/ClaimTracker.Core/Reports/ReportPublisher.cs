using System.Globalization;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.FactChecks;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Core.Reports;

public sealed record PublishOutcome(int? Number, string? Error)
{
    public bool Succeeded => Number is not null;
}

/// <summary>
/// Publishing freezes the report: the full (internal) report is stored as JSON with a number per article,
/// and a published version is always read back from that snapshot, never rebuilt, so later edits to
/// claims cannot change what readers were shown. Who may publish is the caller's check (Editors).
/// </summary>
public sealed class ReportPublisher(ClaimTrackerDbContext db, ReportBuilder builder, OwnFactChecks ownChecks, FactCheckEmbeddingSignal embedding, TimeProvider clock)
{
    public const int MaxCorrectionsNoteLength = 4000;

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
        };
        db.PublishedReports.Add(published);

        // The rated claims become the newsroom's own checks in the fact-check library, in the same save.
        await ownChecks.StageAsync(published, report, cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            UserId = userId,
            UserName = userId is null ? null : await db.Users.Where(u => u.Id == userId).Select(u => u.UserName).FirstOrDefaultAsync(cancellationToken),
            At = now,
            EntityType = ReportBuilder.PublishedReportEntity,
            EntityId = published.Number.ToString(CultureInfo.InvariantCulture),
            ArticleId = articleId,
            Field = "Published",
            NewValue = note,
        });
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
        return new PublishOutcome(published.Number, null);
    }

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
