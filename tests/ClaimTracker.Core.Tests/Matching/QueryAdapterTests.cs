using System.Numerics.Tensors;
using ClaimTracker.Core.Matching;

namespace ClaimTracker.Core.Tests.Matching;

public sealed class QueryAdapterTests
{
    [Fact]
    public void A_map_with_no_weights_leaves_a_unit_vector_as_it_is()
    {
        var adapter = new QueryAdapter("model", 3, new float[9]);

        var mapped = adapter.Apply([0.6f, 0.8f, 0f]);

        Assert.Equal([0.6f, 0.8f, 0f], mapped);
    }

    [Fact]
    public void Mapped_vectors_are_normalised_again()
    {
        var adapter = new QueryAdapter("model", 2, [1f, 0f, 0f, 0f]);

        var mapped = adapter.Apply([0.6f, 0.8f]);

        // (I + Δ) q = (1.2, 0.8), then scaled to unit length.
        Assert.Equal(1f, TensorPrimitives.Norm(mapped), 5);
        Assert.Equal(1.2f / MathF.Sqrt(2.08f), mapped[0], 5);
    }

    [Fact]
    public void A_written_adapter_reads_back_with_its_model_and_weights()
    {
        var weights = Enumerable.Range(0, 16).Select(i => (i - 8) / 100f).ToArray();
        var adapter = new QueryAdapter("all-MiniLM-L6-v2", 4, weights);
        using var file = new MemoryStream();

        adapter.Write(file);
        file.Position = 0;
        var read = QueryAdapter.Read(file);

        Assert.Equal("all-MiniLM-L6-v2", read.ModelName);
        Assert.Equal(4, read.Dimensions);
        float[] query = [0.5f, 0.5f, 0.5f, 0.5f];
        Assert.Equal(adapter.Apply(query), read.Apply(query), (a, b) => MathF.Abs(a - b) < 1e-3f);
    }

    [Fact]
    public void A_file_that_is_not_an_adapter_is_refused()
    {
        using var file = new MemoryStream("id\ttext\n1\tsome claim\n"u8.ToArray());

        var error = Assert.Throws<InvalidDataException>(() => QueryAdapter.Read(file));

        Assert.Contains("Not a query adapter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_short_adapter_file_is_refused()
    {
        using var whole = new MemoryStream();
        new QueryAdapter("model", 8, new float[64]).Write(whole);
        using var cut = new MemoryStream(whole.ToArray()[..^10]);

        var error = Assert.Throws<InvalidDataException>(() => QueryAdapter.Read(cut));

        Assert.Contains("cut short", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weights_that_do_not_fill_the_square_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new QueryAdapter("model", 3, new float[8]));
    }

    [Fact]
    public void A_vector_of_other_dimensions_is_refused()
    {
        var adapter = new QueryAdapter("model", 3, new float[9]);

        Assert.Throws<ArgumentException>(() => adapter.Apply([1f, 0f]));
    }

    [Theory]
    [InlineData("MiniLm")]
    [InlineData("ArcticXs")]
    public void Every_model_ships_with_an_adapter_fitted_for_it(string name)
    {
        var model = SentenceModel.Named(name);

        var adapter = QueryAdapter.BuiltIn(model);

        Assert.NotNull(adapter);
        Assert.Equal(model.Name, adapter.ModelName);
        Assert.Equal(model.Dimensions, adapter.Dimensions);
    }
}
