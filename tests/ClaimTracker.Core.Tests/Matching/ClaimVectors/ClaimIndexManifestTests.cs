using ClaimTracker.Core.Matching;

namespace ClaimTracker.Core.Tests.Matching.ClaimVectors;

public sealed class ClaimIndexManifestTests
{
    private const string Model = "all-MiniLM-L6-v2/1/text1";
    private static readonly DateTime Monday = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static StoredVectorsMark Mark(params (int Id, DateTime At)[] rows) =>
        rows.Aggregate(StoredVectorsMark.Empty, (mark, row) => mark.With(row.Id, row.At));

    private static readonly StoredVectorsMark Stored = Mark((1, Monday), (2, Monday.AddMinutes(1)), (3, Monday.AddMinutes(2)));

    [Fact]
    public void A_manifest_that_describes_the_stored_vectors_and_the_file_is_current()
    {
        var manifest = ClaimIndexManifest.For(Model, 384, Stored, 4096);

        Assert.Null(ClaimIndexManifest.Staleness(manifest, 4096, Model, 384, Stored));
    }

    [Fact]
    public void The_mark_does_not_depend_on_the_order_rows_are_read_in()
    {
        var reversed = Mark((3, Monday.AddMinutes(2)), (2, Monday.AddMinutes(1)), (1, Monday));

        Assert.Equal(Stored, reversed);
    }

    [Theory]
    [InlineData("added", "holds 3 vectors")]
    [InlineData("deleted", "holds 3 vectors")]
    [InlineData("recomputed", "holds 3 vectors")]
    [InlineData("swapped", "holds 3 vectors")]
    public void Vectors_changed_since_the_save_make_the_manifest_stale(string change, string reason)
    {
        var manifest = ClaimIndexManifest.For(Model, 384, Stored, 4096);
        var now = change switch
        {
            "added" => Mark((1, Monday), (2, Monday.AddMinutes(1)), (3, Monday.AddMinutes(2)), (4, Monday.AddMinutes(3))),
            "deleted" => Mark((1, Monday), (3, Monday.AddMinutes(2))),
            "recomputed" => Mark((1, Monday), (2, Monday.AddMinutes(5)), (3, Monday.AddMinutes(2))),
            // One claim deleted and another stored at an older time: same count, same newest, other ids.
            _ => Mark((1, Monday), (7, Monday.AddMinutes(1)), (3, Monday.AddMinutes(2))),
        };

        Assert.StartsWith(reason, ClaimIndexManifest.Staleness(manifest, 4096, Model, 384, now), StringComparison.Ordinal);
    }

    [Fact]
    public void An_index_made_by_another_model_or_with_other_dimensions_is_stale()
    {
        var manifest = ClaimIndexManifest.For("an-older-model", 384, Stored, 4096);
        var wider = ClaimIndexManifest.For(Model, 768, Stored, 4096);

        Assert.Contains("made for model an-older-model", ClaimIndexManifest.Staleness(manifest, 4096, Model, 384, Stored), StringComparison.Ordinal);
        Assert.Contains("768 dimensions", ClaimIndexManifest.Staleness(wider, 4096, Model, 384, Stored), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_manifest_a_missing_file_or_a_file_of_another_size_is_stale()
    {
        var manifest = ClaimIndexManifest.For(Model, 384, Stored, 4096);

        Assert.Equal("no readable manifest", ClaimIndexManifest.Staleness(null, 4096, Model, 384, Stored));
        Assert.Equal("no index file", ClaimIndexManifest.Staleness(manifest, null, Model, 384, Stored));
        Assert.Contains("4000 bytes", ClaimIndexManifest.Staleness(manifest, 4000, Model, 384, Stored), StringComparison.Ordinal);
    }

    [Fact]
    public void A_written_manifest_reads_back_equal_and_a_damaged_one_reads_as_none()
    {
        var folder = Directory.CreateTempSubdirectory("claimtracker-manifest-").FullName;
        try
        {
            var path = Path.Combine(folder, "news.db" + ClaimIndexLocation.ManifestSuffix);
            var manifest = ClaimIndexManifest.For(Model, 384, Stored, 4096);

            manifest.Write(path);
            var read = ClaimIndexManifest.TryRead(path);
            File.WriteAllText(path, "{ \"Format\": 1, \"ModelId\": ");
            var damaged = ClaimIndexManifest.TryRead(path);

            Assert.Equal(manifest, read);
            Assert.Null(damaged);
            Assert.Null(ClaimIndexManifest.TryRead(Path.Combine(folder, "absent.json")));
            Assert.Single(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_index_files_sit_beside_the_database_file()
    {
        var location = ClaimIndexLocation.Beside("/data/claimtracker.db");

        Assert.Equal("/data/claimtracker.db.claims.usearch", location.IndexPath);
        Assert.Equal("/data/claimtracker.db.claims.usearch.json", location.ManifestPath);
        Assert.False(ClaimIndexLocation.Exact.IsApproximate);
    }
}
