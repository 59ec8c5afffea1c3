using ClaimTracker.Core.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
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

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
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

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcDateTimeConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v.HasValue ? (v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime()) : v,
        v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
}
