using ClaimTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Core.Data.Configurations;

internal sealed class ClaimVectorConfiguration : IEntityTypeConfiguration<ClaimVector>
{
    public void Configure(EntityTypeBuilder<ClaimVector> builder)
    {
        builder.HasKey(v => v.ClaimId);
        builder.HasOne<Claim>().WithOne().HasForeignKey<ClaimVector>(v => v.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(v => v.ModelId).HasMaxLength(100);

        // 389 bytes for the 384-dimension model; room for a larger one.
        builder.Property(v => v.Vector).HasMaxLength(1040);
        builder.HasIndex(v => v.ModelId);
    }
}
