using System.Globalization;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ClaimTracker.Core.Reviewing;

/// <summary>Audit vocabulary for reviewer changes.</summary>
public static class AuditFields
{
    public const string ClaimEntity = nameof(Claim);
    public const string SourceEntity = nameof(Source);
    public const string ArticleEntity = nameof(Article);
    public const string Created = nameof(Created);
    public const string Deleted = nameof(Deleted);
}

/// <summary>
/// The one way reviewing changes are saved: it diffs the change tracker (original against current value of
/// every modified property) into <see cref="AuditEntry"/> rows and saves them in the same transaction as the
/// change, so no handler writes audit rows by hand and none can forget to.
/// </summary>
/// <remarks>
/// Links and relations are recorded against their claim, so a claim's history is one indexed query and
/// survives the deletion of the link. Ordinals and version tokens are derived values and are not recorded.
/// </remarks>
public sealed class AuditTrail(ClaimTrackerDbContext db, TimeProvider clock)
{
    private static readonly HashSet<string> Ignored = [nameof(Claim.Version), nameof(Claim.Ordinal)];

    private readonly List<AuditEntry> _events = [];

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Records a change made outside the change tracker (a set-based update) with the next save.</summary>
    public void Record(string entityType, string entityId, int? articleId, string field, string? oldValue, string? newValue) =>
        _events.Add(new AuditEntry
        {
            EntityType = entityType,
            EntityId = entityId,
            ArticleId = articleId,
            Field = field,
            OldValue = oldValue,
            NewValue = newValue,
        });

    /// <summary>
    /// Saves the tracked changes and their audit rows atomically. <paramref name="afterSave"/> runs inside the
    /// transaction once generated keys exist (renumbering, status moves). Throws
    /// <see cref="DbUpdateConcurrencyException"/> untouched so callers can report the conflict.
    /// </summary>
    public async Task SaveAsync(ReviewActor actor, int? articleId, CancellationToken cancellationToken, Func<CancellationToken, Task>? afterSave = null)
    {
        var pending = Collect(articleId);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            if (afterSave is not null)
            {
                await afterSave(ct);
            }

            var now = Now;
            var rows = pending.SelectMany(p => p.Resolve()).Concat(_events).ToList();
            foreach (var row in rows)
            {
                row.UserId = actor.UserId;
                row.UserName = Truncate(actor.UserName, 256);
                row.At = now;
                row.EntityId = Truncate(row.EntityId, 64)!;
                row.Field = Truncate(row.Field, 64)!;
            }

            db.AuditEntries.AddRange(rows);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            _events.Clear();
        }, cancellationToken);
    }

    private List<Pending> Collect(int? articleId)
    {
        var pending = new List<Pending>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || entry.Entity is AuditEntry)
            {
                continue;
            }

            // New values are read after the save, when keys the database generates (a new source's id) are real.
            var changes = new List<Change>();
            var entity = entry.Entity;
            switch (entry.State)
            {
                case EntityState.Added:
                    changes.Add(new Change(AuditFields.Created, null, () => Describe(entity)));
                    break;
                case EntityState.Deleted:
                    var description = Describe(entity);
                    changes.Add(new Change(AuditFields.Deleted, description, () => null));
                    break;
                default:
                    foreach (var property in entry.Properties)
                    {
                        if (!property.IsModified || Ignored.Contains(property.Metadata.Name))
                        {
                            continue;
                        }

                        var old = Format(property.OriginalValue);
                        if (property.IsTemporary || old != Format(property.CurrentValue))
                        {
                            changes.Add(new Change(property.Metadata.Name, old, () => Format(property.CurrentValue)));
                        }
                    }

                    break;
            }

            if (changes.Count > 0)
            {
                pending.Add(new Pending(entry, changes, articleId, this));
            }
        }

        return pending;
    }

    private int? ArticleOf(int claimId, int? fallback) =>
        db.ChangeTracker.Entries<Claim>().FirstOrDefault(e => e.Entity.Id == claimId)?.Entity.ArticleId ?? fallback;

    private static string Describe(object entity) => entity switch
    {
        Claim c => $"{c.Text} [{c.Start}–{c.End}]",
        CorroboratingLink l => $"{l.Stance}: {l.Url}",
        ClaimRelation r => $"claim {r.FromClaimId} {r.Type} claim {r.ToClaimId}",
        Source s => $"{s.CanonicalName} ({s.Kind})",
        Article a => a.Title,
        _ => entity.GetType().Name,
    };

    internal static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IEnumerable<TextRange> ranges => string.Join(", ", ranges.Select(r => $"{r.Start}–{r.End}")),
        IEnumerable<string> items => string.Join("; ", items),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string? Truncate(string? value, int max) => value is null || value.Length <= max ? value : value[..max];

    /// <summary>Changes captured before the save; keys of new rows are read after it.</summary>
    private sealed record Change(string Field, string? Old, Func<string?> New);

    private sealed record Pending(EntityEntry Entry, List<Change> Changes, int? ArticleId, AuditTrail Trail)
    {
        public IEnumerable<AuditEntry> Resolve()
        {
            var (type, id, article, prefix) = Entry.Entity switch
            {
                Claim c => (AuditFields.ClaimEntity, c.Id, (int?)c.ArticleId, string.Empty),
                CorroboratingLink l => (AuditFields.ClaimEntity, l.ClaimId, Trail.ArticleOf(l.ClaimId, ArticleId), $"Link {l.Id} "),
                ClaimRelation r => (AuditFields.ClaimEntity, r.ToClaimId, Trail.ArticleOf(r.ToClaimId, ArticleId), $"{r.Type} by claim {r.FromClaimId} "),
                Source s => (AuditFields.SourceEntity, s.Id, null, string.Empty),
                Article a => (AuditFields.ArticleEntity, a.Id, a.Id, string.Empty),
                _ => (Entry.Metadata.ClrType.Name, 0, ArticleId, string.Empty),
            };
            return Changes.Select(c => new AuditEntry
            {
                EntityType = type,
                EntityId = id.ToString(CultureInfo.InvariantCulture),
                ArticleId = article,
                Field = (prefix + c.Field).Trim(),
                OldValue = c.Old,
                NewValue = c.New(),
            });
        }
    }
}
