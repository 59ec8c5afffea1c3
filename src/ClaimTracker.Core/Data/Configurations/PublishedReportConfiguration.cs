using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Core.Data.Configurations;

internal sealed class PublishedReportConfiguration : IEntityTypeConfiguration<PublishedReport>
{
    public void Configure(EntityTypeBuilder<PublishedReport> builder)
    {
        builder.Property(r => r.CorrectionsNote).HasMaxLength(4000);
        builder.Property(r => r.Slug).HasMaxLength(ReportSlug.MaxLength);
        builder.Property(r => r.WithdrawalNote).HasMaxLength(ReportPublisher.MaxWithdrawalNoteLength);
        builder.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
        builder.HasOne(r => r.Article).WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.PublishedBy).WithMany().HasForeignKey(r => r.PublishedById).OnDelete(DeleteBehavior.Restrict);
    }
}
