using System.Numerics.Tensors;
using ClaimTracker.Core.Matching;

namespace ClaimTracker.Core.Tests.Matching;

public sealed class ExactVectorIndexTests
{
    private const int Dimensions = 32;

    [Fact]
    public void Search_returns_the_most_similar_items_best_first()
    {
        using var index = new ExactVectorIndex(Dimensions);
        var vectors = Enumerable.Range(0, 200).Select(i => VectorCodecTests.RandomUnitVector(Dimensions, i)).ToArray();
        for (var i = 0; i < vectors.Length; i++)
        {
            index.Upsert(i + 1000, vectors[i]);
        }

        var query = VectorCodecTests.RandomUnitVector(Dimensions, 999);
        var expected = vectors.Select((v, i) => (Id: i + 1000L, Score: TensorPrimitives.Dot(query, v)))
            .OrderByDescending(x => x.Score).Take(5).Select(x => x.Id);

        var hits = index.Search(query, 5);

        Assert.Equal(expected, hits.Select(h => h.Id));
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Similarity >= p.Second.Similarity));
    }

    [Fact]
    public void An_item_finds_itself_with_similarity_one()
    {
        using var index = new ExactVectorIndex(Dimensions);
        var vector = VectorCodecTests.RandomUnitVector(Dimensions, 3);
        index.Upsert(7, vector);
        index.Upsert(8, VectorCodecTests.RandomUnitVector(Dimensions, 4));

        var best = index.Search(vector, 1).Single();

        Assert.Equal(7, best.Id);
        Assert.Equal(1f, best.Similarity, 4);
    }

    [Fact]
    public void Rejected_ids_are_skipped_and_the_next_best_fill_their_places()
    {
        using var index = new ExactVectorIndex(Dimensions);
        var vector = VectorCodecTests.RandomUnitVector(Dimensions, 3);
        index.Upsert(1, vector);
        index.Upsert(2, VectorCodecTests.RandomUnitVector(Dimensions, 4));
        index.Upsert(3, VectorCodecTests.RandomUnitVector(Dimensions, 5));

        var hits = index.Search(vector, 5, id => id != 1);

        Assert.Equal([2L, 3L], hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void Upsert_replaces_and_remove_forgets()
    {
        using var index = new ExactVectorIndex(Dimensions);
        var first = VectorCodecTests.RandomUnitVector(Dimensions, 1);
        var second = VectorCodecTests.RandomUnitVector(Dimensions, 2);
        index.Upsert(1, first);
        index.Upsert(2, second);
        index.Upsert(3, VectorCodecTests.RandomUnitVector(Dimensions, 3));

        index.Upsert(1, second);
        Assert.True(index.Remove(2));
        Assert.False(index.Remove(2));

        Assert.Equal(2, index.Count);
        Assert.False(index.Contains(2));
        var best = index.Search(second, 1).Single();
        Assert.Equal(1, best.Id);
        Assert.Equal(1f, best.Similarity, 4);
    }

    [Fact]
    public void A_vector_of_the_wrong_size_is_refused()
    {
        using var index = new ExactVectorIndex(Dimensions);

        Assert.Throws<ArgumentException>(() => index.Upsert(1, new float[Dimensions + 1]));
        Assert.Throws<ArgumentException>(() => index.Search(new float[3], 1));
    }

    [Fact]
    public async Task Searches_and_changes_from_many_threads_keep_the_index_consistent()
    {
        using var index = new ExactVectorIndex(Dimensions);
        var token = TestContext.Current.CancellationToken;
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            for (var i = 0; i < 500; i++)
            {
                index.Upsert((w * 1000) + i, VectorCodecTests.RandomUnitVector(Dimensions, i));
                if (i % 3 == 0)
                {
                    index.Remove((w * 1000) + i);
                }
            }
        }, token));
        var readers = Enumerable.Range(0, 4).Select(r => Task.Run(() =>
        {
            for (var i = 0; i < 200; i++)
            {
                Assert.True(index.Search(VectorCodecTests.RandomUnitVector(Dimensions, r), 3).Count <= 3);
            }
        }, token));

        await Task.WhenAll(writers.Concat(readers));

        Assert.Equal(4 * (500 - 167), index.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(100)]
    public void An_index_holds_every_row_whatever_room_it_was_made_with(int capacity)
    {
        using var index = new ExactVectorIndex(Dimensions, capacity);
        var vectors = Enumerable.Range(0, 10).Select(i => VectorCodecTests.RandomUnitVector(Dimensions, i)).ToArray();

        for (var i = 0; i < vectors.Length; i++)
        {
            index.Upsert(i, vectors[i]);
        }

        Assert.Equal(10, index.Count);
        Assert.All(Enumerable.Range(0, 10), i => Assert.Equal(i, index.Search(vectors[i], 1).Single().Id));
    }
}
