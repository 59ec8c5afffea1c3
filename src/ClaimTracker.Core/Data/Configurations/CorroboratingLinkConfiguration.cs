using ClaimTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Core.Data.Configurations;

internal sealed class CorroboratingLinkConfiguration : IEntityTypeConfiguration<CorroboratingLink>
{
    public void Configure(EntityTypeBuilder<CorroboratingLink> builder)
    {
        builder.Property(l => l.Url).HasMaxLength(2048);
        builder.Property(l => l.Title).HasMaxLength(500);
        builder.Property(l => l.Publisher).HasMaxLength(200);
        builder.Property(l => l.Note).HasMaxLength(4000);
        builder.HasOne(l => l.AddedBy).WithMany().HasForeignKey(l => l.AddedById).OnDelete(DeleteBehavior.Restrict);
    }
}
