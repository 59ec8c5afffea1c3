using ClaimTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Core.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        // Full-text triggers on this table (see the FullTextSearch migration) rule out SQLite's RETURNING clause.
        builder.ToTable(t => t.UseSqlReturningClause(false));
        builder.Property(a => a.Title).HasMaxLength(500);
        builder.Property(a => a.Outlet).HasMaxLength(200);
        builder.Property(a => a.Byline).HasMaxLength(300);
        builder.Property(a => a.OriginalUrl).HasMaxLength(2048);
        builder.Property(a => a.Language).HasMaxLength(16);
        builder.Property(a => a.ContentHash).HasMaxLength(64).IsFixedLength().IsUnicode(false);
        builder.Property(a => a.Version).IsConcurrencyToken();

        builder.HasIndex(a => a.ContentHash).IsUnique();
        builder.HasIndex(a => a.CreatedAt);
        builder.HasIndex(a => a.PublishedAt);
        builder.HasIndex(a => new { a.Status, a.CreatedAt });
        builder.HasIndex(a => a.Outlet);

        // Users are disabled, never deleted, so references to them never cascade.
        builder.HasOne(a => a.AssignedReviewer).WithMany().HasForeignKey(a => a.AssignedReviewerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.SignedOffBy).WithMany().HasForeignKey(a => a.SignedOffById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.CreatedBy).WithMany().HasForeignKey(a => a.CreatedById).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(a => a.Claims).WithOne(c => c.Article).HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
