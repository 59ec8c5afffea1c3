using ClaimTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Core.Data.Configurations;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        // Full-text triggers on this table (see the FullTextSearch migration) rule out SQLite's RETURNING clause.
        builder.ToTable(t => t.UseSqlReturningClause(false));
        builder.Property(s => s.CanonicalName).HasMaxLength(300);
        builder.Property(s => s.Affiliation).HasMaxLength(300);
        builder.Property(s => s.Version).IsConcurrencyToken();

        // Not unique: a bare surname or role gets a source per article until someone merges them.
        builder.HasIndex(s => new { s.CanonicalName, s.Kind });
    }
}
