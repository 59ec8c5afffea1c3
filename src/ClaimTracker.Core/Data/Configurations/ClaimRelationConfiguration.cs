using ClaimTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Core.Data.Configurations;

internal sealed class ClaimRelationConfiguration : IEntityTypeConfiguration<ClaimRelation>
{
    public void Configure(EntityTypeBuilder<ClaimRelation> builder)
    {
        builder.HasIndex(r => new { r.FromClaimId, r.ToClaimId, r.Type }).IsUnique();
        builder.HasIndex(r => r.ToClaimId);
        builder.HasOne(r => r.FromClaim).WithMany(c => c.OutgoingRelations).HasForeignKey(r => r.FromClaimId).OnDelete(DeleteBehavior.Cascade);

        // Two cascading paths from Claim would be refused by SQL Server; EF deletes these rows itself.
        builder.HasOne(r => r.ToClaim).WithMany(c => c.IncomingRelations).HasForeignKey(r => r.ToClaimId).OnDelete(DeleteBehavior.ClientCascade);
    }
}
