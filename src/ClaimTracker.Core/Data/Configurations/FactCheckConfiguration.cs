using ClaimTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Core.Data.Configurations;

internal sealed class FactCheckConfiguration : IEntityTypeConfiguration<FactCheck>
{
    public void Configure(EntityTypeBuilder<FactCheck> builder)
    {
        builder.Property(f => f.ClaimReviewed).HasMaxLength(FactCheck.MaxClaimLength);
        builder.Property(f => f.CheckedBy).HasMaxLength(300);
        builder.Property(f => f.CheckedByUrl).HasMaxLength(2048);
        builder.Property(f => f.Claimant).HasMaxLength(300);
        builder.Property(f => f.RatingText).HasMaxLength(300);
        builder.Property(f => f.Url).HasMaxLength(2048);
        builder.Property(f => f.DedupKey).HasMaxLength(64).IsUnicode(false);
        builder.Property(f => f.Vector).HasMaxLength(400);
        builder.Property(f => f.VectorModel).HasMaxLength(100).IsUnicode(false);
        builder.HasIndex(f => f.DedupKey).IsUnique();
        builder.HasIndex(f => f.VectorModel);
        builder.HasIndex(f => new { f.Origin, f.CheckedOn });
        builder.HasIndex(f => f.CheckedBy);
        builder.HasIndex(f => f.ClaimId);
        builder.HasIndex(f => f.ArticleId);

        // Deleting an import batch takes its checks; deleting an article takes its reports and so its own checks.
        builder.HasOne(f => f.Import).WithMany().HasForeignKey(f => f.ImportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(f => f.PublishedReport).WithMany().HasForeignKey(f => f.PublishedReportId).OnDelete(DeleteBehavior.Cascade);
    }
}
