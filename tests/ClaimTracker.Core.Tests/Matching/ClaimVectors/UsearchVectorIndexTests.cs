using System.Numerics.Tensors;
using ClaimTracker.Core.Matching;

namespace ClaimTracker.Core.Tests.Matching.ClaimVectors;

public sealed class UsearchVectorIndexTests
{
    private const int Dimensions = 64;

    private static float[][] UnitVectors(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            var v = new float[Dimensions];
            for (var i = 0; i < v.Length; i++)
            {
                v[i] = (float)(random.NextDouble() * 2 - 1);
            }

            TensorPrimitives.Divide(v, TensorPrimitives.Norm(v), v);
            return v;
        })];
    }

    private static UsearchVectorIndex Filled(float[][] vectors)
    {
        var index = new UsearchVectorIndex(Dimensions);
        index.UpsertMany([.. Enumerable.Range(0, vectors.Length).Select(i => (long)i)], [.. vectors.Select(v => UsearchVectorIndex.Scaled(v))]);
        return index;
    }

    [Fact]
    public void Finds_a_reworded_copy_first_and_nearly_all_of_exact_search_s_top_ten()
    {
        var vectors = UnitVectors(2000, 1);
        using var approximate = Filled(vectors);
        using var exact = new ExactVectorIndex(Dimensions);
        for (var i = 0; i < vectors.Length; i++)
        {
            exact.Upsert(i, vectors[i]);
        }

        // A copy with a little noise, as a paraphrase sits near its original.
        var noise = UnitVectors(50, 2);
        for (var q = 0; q < 50; q++)
        {
            var query = new float[Dimensions];
            TensorPrimitives.MultiplyAdd(noise[q], 0.2f, vectors[q * 40], query);
            TensorPrimitives.Divide(query, TensorPrimitives.Norm(query), query);

            var found = approximate.Search(query, 1)[0];

            Assert.Equal(q * 40, found.Id);
            Assert.Equal(exact.Search(query, 1)[0].Similarity, found.Similarity, 0.02f);
        }

        var recalled = UnitVectors(50, 3).Sum(query => exact.Search(query, 10).Select(h => h.Id).Intersect(approximate.Search(query, 10).Select(h => h.Id)).Count());
        Assert.InRange(recalled / 500.0, 0.9, 1.0);
    }

    [Fact]
    public void Skips_ids_the_caller_refuses_and_still_returns_as_many_as_asked()
    {
        var vectors = UnitVectors(500, 3);
        using var index = Filled(vectors);

        var hits = index.Search(vectors[10], 5, id => id % 2 == 1);

        Assert.Equal(5, hits.Count);
        Assert.All(hits, h => Assert.Equal(1, h.Id % 2));
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Similarity >= p.Second.Similarity));
    }

    [Fact]
    public void Upsert_replaces_the_vector_under_an_id_and_remove_takes_it_out()
    {
        var vectors = UnitVectors(100, 4);
        using var index = Filled(vectors);

        index.Upsert(7, vectors[42]);
        var countAfterUpsert = index.Count;
        var twins = index.Search(vectors[42], 2);
        var removed = index.Remove(42);
        var alone = index.Search(vectors[42], 1);

        Assert.Equal(100, countAfterUpsert);
        Assert.Equal(99, index.Count);
        Assert.Equal([7L, 42L], twins.Select(h => h.Id).Order());
        Assert.True(removed);
        Assert.Equal(7, alone[0].Id);
        Assert.False(index.Contains(42));
    }

    [Fact]
    public void A_saved_index_loads_with_the_same_answers()
    {
        var vectors = UnitVectors(300, 5);
        var path = Path.Combine(Path.GetTempPath(), $"claimtracker-usearch-{Guid.NewGuid():N}.usearch");
        try
        {
            using var index = Filled(vectors);
            index.Save(path);
            using var loaded = UsearchVectorIndex.Load(path);

            Assert.Equal(300, loaded.Count);
            Assert.Equal(index.Search(vectors[3], 5), loaded.Search(vectors[3], 5));
            Assert.False(File.Exists($"{path}.{Environment.ProcessId}.tmp"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_loaded_index_searches_a_view_of_its_file_and_takes_changes_after_the_file_is_deleted()
    {
        var vectors = UnitVectors(300, 7);
        var extra = UnitVectors(1, 8)[0];
        var path = Path.Combine(Path.GetTempPath(), $"claimtracker-usearch-{Guid.NewGuid():N}.usearch");
        var again = $"{path}.again";
        try
        {
            using (var built = Filled(vectors))
            {
                built.Save(path);
            }

            using var loaded = UsearchVectorIndex.Load(path);
            var viewedAtLoad = loaded.IsView;
            File.Delete(path);
            loaded.Upsert(1000, extra);
            var removed = loaded.Remove(5);
            var viewedAfterChange = loaded.IsView;
            loaded.Save(again);
            using var reloaded = UsearchVectorIndex.Load(again);

            Assert.Equal(!OperatingSystem.IsWindows(), viewedAtLoad);
            Assert.False(viewedAfterChange);
            Assert.Equal(!OperatingSystem.IsWindows(), loaded.IsView);
            Assert.True(removed);
            Assert.False(loaded.Remove(5));
            foreach (var index in new[] { loaded, reloaded })
            {
                Assert.Equal(300, index.Count);
                Assert.Equal(1000, index.Search(extra, 1)[0].Id);
                Assert.Equal(6, index.Search(vectors[6], 1)[0].Id);
                Assert.False(index.Contains(5));
            }
        }
        finally
        {
            File.Delete(path);
            File.Delete(again);
        }
    }

    [Fact]
    public void A_disposed_index_refuses_searches_instead_of_touching_freed_memory()
    {
        var index = Filled(UnitVectors(10, 6));
        index.Dispose();

        Assert.Throws<ObjectDisposedException>(() => index.Search(new float[Dimensions], 1));
    }
}
