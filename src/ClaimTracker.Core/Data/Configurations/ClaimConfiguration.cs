using System.Text;
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

    /// <summary>
    /// Reads <c>[[start,end],...]</c> with the JSON reader rather than the serializer: every claim on every review
    /// page passes through here, and the serializer's per-call state was a visible share of the page's allocations.
    /// Pairs that are not two numbers are skipped, as before.
    /// </summary>
    internal static List<TextRange> ParseSegments(string json)
    {
        var segments = new List<TextRange>(1);
        var utf8 = json.Length <= 512 ? stackalloc byte[json.Length * 3] : new byte[Encoding.UTF8.GetMaxByteCount(json.Length)];
        var reader = new Utf8JsonReader(utf8[..Encoding.UTF8.GetBytes(json, utf8)]);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return segments;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
        {
            var (start, end, count, numbers) = (0, 0, 0, true);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value))
                {
                    (start, end) = count == 0 ? (value, end) : (start, value);
                }
                else
                {
                    numbers = false;
                }

                count++;
            }

            if (numbers && count == 2)
            {
                segments.Add(new TextRange(start, end));
            }
        }

        return segments;
    }
}
