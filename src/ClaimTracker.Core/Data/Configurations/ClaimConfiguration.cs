using System.Text.Json;
using ClaimTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Core.Data.Configurations;

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        // Full-text triggers on this table (see the FullTextSearch migration) rule out SQLite's RETURNING clause.
        builder.ToTable(t => t.UseSqlReturningClause(false));
        builder.Property(c => c.Cue).HasMaxLength(200);
        builder.Property(c => c.SourceMention).HasMaxLength(500);
        builder.Property(c => c.SpeakerRole).HasMaxLength(300);
        builder.Property(c => c.AnonymityReason).HasMaxLength(1000);
        builder.Property(c => c.ReviewerNotes).HasMaxLength(8000);
        builder.Property(c => c.Version).IsConcurrencyToken();

        // Segments are always read and written with their claim, so they live in one JSON column.
        builder.Property(c => c.Segments)
            .HasConversion(
                v => JsonSerializer.Serialize(v.Select(s => new[] { s.Start, s.End }), JsonSerializerOptions.Default),
                v => ParseSegments(v),
                new ValueComparer<List<TextRange>>(
                    (a, b) => a!.SequenceEqual(b!),
                    v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode())),
                    v => v.ToList()))
            .HasMaxLength(4000)
            .IsUnicode(false);

        builder.HasIndex(c => new { c.ArticleId, c.Ordinal });
        builder.HasIndex(c => c.SourceId);
        builder.HasIndex(c => c.ContestedBySourceId);
        builder.HasIndex(c => new { c.ContestedStatus, c.ArticleId });

        builder.HasOne(c => c.Source).WithMany(s => s.Claims).HasForeignKey(c => c.SourceId).OnDelete(DeleteBehavior.SetNull);

        // A second database-level action from Claim to Source would be a multiple cascade path on SQL Server.
        builder.HasOne(c => c.ContestedBySource).WithMany().HasForeignKey(c => c.ContestedBySourceId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasOne(c => c.ReviewedBy).WithMany().HasForeignKey(c => c.ReviewedById).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(c => c.Links).WithOne(l => l.Claim).HasForeignKey(l => l.ClaimId).OnDelete(DeleteBehavior.Cascade);
    }

    private static List<TextRange> ParseSegments(string json) =>
        (JsonSerializer.Deserialize<int[][]>(json, JsonSerializerOptions.Default) ?? [])
            .Where(pair => pair.Length == 2)
            .Select(pair => new TextRange(pair[0], pair[1]))
            .ToList();
}
