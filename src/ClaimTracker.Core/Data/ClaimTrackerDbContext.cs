using ClaimTracker.Core.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ClaimTracker.Core.Data;

/// <summary>
/// The one context of the app. Each database provider has a thin subclass
/// (<see cref="Sqlite.SqliteClaimTrackerDbContext"/>, <see cref="SqlServer.SqlServerClaimTrackerDbContext"/>)
/// that owns its own migrations; everything else depends on this type.
/// </summary>
public abstract class ClaimTrackerDbContext(DbContextOptions options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Claim> Claims => Set<Claim>();

    public DbSet<Source> Sources => Set<Source>();

    public DbSet<CorroboratingLink> CorroboratingLinks => Set<CorroboratingLink>();

    public DbSet<ClaimRelation> ClaimRelations => Set<ClaimRelation>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<PublishedReport> PublishedReports => Set<PublishedReport>();

    public DbSet<FactCheck> FactChecks => Set<FactCheck>();

    public DbSet<FactCheckImport> FactCheckImports => Set<FactCheckImport>();

    public DbSet<ClaimVector> ClaimVectors => Set<ClaimVector>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampVersions();
        var stale = ArticlesWithChangedClaims(SourceIdsRenamedOrDeleted() is { Count: > 0 } sources ? ArticlesCiting(sources).ToList() : []);
        if (stale.Count == 0)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        if (Database.CurrentTransaction is not null)
        {
            var saved = base.SaveChanges(acceptAllChangesOnSuccess);
            RestampClaims(stale).ExecuteUpdate(ClaimsVersionSetter(Guid.NewGuid()));
            return saved;
        }

        return Database.CreateExecutionStrategy().Execute(() =>
        {
            using var transaction = Database.BeginTransaction();
            var saved = base.SaveChanges(acceptAllChangesOnSuccess: false);
            RestampClaims(stale).ExecuteUpdate(ClaimsVersionSetter(Guid.NewGuid()));
            transaction.Commit();
            AcceptIf(acceptAllChangesOnSuccess);
            return saved;
        });
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampVersions();
        var stale = ArticlesWithChangedClaims(SourceIdsRenamedOrDeleted() is { Count: > 0 } sources
            ? await ArticlesCiting(sources).ToListAsync(cancellationToken)
            : []);
        if (stale.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (Database.CurrentTransaction is not null)
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await RestampClaims(stale).ExecuteUpdateAsync(ClaimsVersionSetter(Guid.NewGuid()), cancellationToken);
            return saved;
        }

        // Retrying strategies (SQL Server) replay the whole unit, so changes are accepted only after the commit.
        return await Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await Database.BeginTransactionAsync(ct);
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
            await RestampClaims(stale).ExecuteUpdateAsync(ClaimsVersionSetter(Guid.NewGuid()), ct);
            await transaction.CommitAsync(ct);
            AcceptIf(acceptAllChangesOnSuccess);
            return saved;
        }, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ClaimTrackerDbContext).Assembly);
        builder.Entity<IdentityRole>().HasData(
            Role(AppRoles.ReviewerId, AppRoles.Reviewer),
            Role(AppRoles.EditorId, AppRoles.Editor),
            Role(AppRoles.AdminId, AppRoles.Admin));
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Value lists are stored by name; times as UTC DateTime because SQLite cannot compare DateTimeOffset.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }

    private static IdentityRole Role(string id, string name) => new(name)
    {
        Id = id,
        NormalizedName = name.ToUpperInvariant(),
        ConcurrencyStamp = id,
    };

    // SQLite has no rowversion, so the app issues a new token on every save of a versioned row.
    private void StampVersions()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            var version = entry.Metadata.FindProperty(nameof(Claim.Version));
            if (version is { IsConcurrencyToken: true } && version.ClrType == typeof(Guid))
            {
                entry.Property(version.Name).CurrentValue = Guid.NewGuid();
            }
        }
    }

    /// <summary>
    /// The existing articles whose claim rows this save changes: claims added, edited or deleted, plus
    /// <paramref name="citing"/> (articles naming a renamed or deleted source). New articles are left out: nothing
    /// can have read them yet.
    /// </summary>
    private List<int> ArticlesWithChangedClaims(List<int> citing)
    {
        var ids = new HashSet<int>(citing);
        foreach (var entry in ChangeTracker.Entries<Claim>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var articleId = entry.Property(c => c.ArticleId);
            if (!articleId.IsTemporary && articleId.CurrentValue > 0)
            {
                ids.Add(articleId.CurrentValue);
            }

            if (entry.State == EntityState.Modified && articleId.IsModified)
            {
                ids.Add(articleId.OriginalValue);
            }
        }

        return [.. ids];
    }

    private List<int> SourceIdsRenamedOrDeleted() =>
        [.. ChangeTracker.Entries<Source>()
            .Where(e => e.State == EntityState.Deleted
                || (e.State == EntityState.Modified && (e.Property(s => s.CanonicalName).IsModified || e.Property(s => s.Kind).IsModified)))
            .Select(e => e.Entity.Id)];

    private IQueryable<int> ArticlesCiting(List<int> sourceIds) =>
        Claims.Where(c => (c.SourceId != null && sourceIds.Contains(c.SourceId.Value))
                || (c.ContestedBySourceId != null && sourceIds.Contains(c.ContestedBySourceId.Value)))
            .Select(c => c.ArticleId)
            .Distinct();

    private IQueryable<Article> RestampClaims(List<int> articleIds) => Articles.Where(a => articleIds.Contains(a.Id));

    private static Action<UpdateSettersBuilder<Article>> ClaimsVersionSetter(Guid next) =>
        setters => setters.SetProperty(a => a.ClaimsVersion, next);

    private void AcceptIf(bool accept)
    {
        if (accept)
        {
            ChangeTracker.AcceptAllChanges();
        }
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcDateTimeConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v.HasValue ? (v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime()) : v,
        v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
}
