using ClaimTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Core.Data.Configurations;

internal sealed class FactCheckImportConfiguration : IEntityTypeConfiguration<FactCheckImport>
{
    public void Configure(EntityTypeBuilder<FactCheckImport> builder)
    {
        builder.Property(i => i.SourceName).HasMaxLength(2048);
        builder.HasOne(i => i.ImportedBy).WithMany().HasForeignKey(i => i.ImportedById).OnDelete(DeleteBehavior.Restrict);
    }
}
