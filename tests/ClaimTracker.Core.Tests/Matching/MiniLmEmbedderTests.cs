using System.Numerics.Tensors;
using ClaimTracker.Core.Matching;

namespace ClaimTracker.Core.Tests.Matching;

public sealed class MiniLmEmbedderTests(SharedEmbedder shared)
{
    private readonly MiniLmEmbedder embedder = shared.Embedder;

    private float[] Embed(string text) => embedder.Embed(text, TestContext.Current.CancellationToken);

    private float[][] EmbedAll(string[] texts) => embedder.Embed(texts, TestContext.Current.CancellationToken);

    [Fact]
    public void Vectors_have_the_model_dimensions_and_unit_length()
    {
        var vector = Embed("The harbour bridge will close for repairs in May.");

        Assert.Equal(384, vector.Length);
        Assert.Equal(1f, TensorPrimitives.Norm(vector), 3);
    }

    [Fact]
    public void A_paraphrase_is_closer_than_a_claim_on_another_subject()
    {
        var vectors = EmbedAll(
        [
            "The city council voted to ban plastic bags in supermarkets.",
            "Supermarkets will no longer be allowed to hand out plastic bags after a council vote.",
            "The striker scored twice in the second half to win the cup final.",
        ]);

        var paraphrase = TensorPrimitives.Dot(vectors[0], vectors[1]);
        var unrelated = TensorPrimitives.Dot(vectors[0], vectors[2]);

        Assert.True(paraphrase > 0.6f, $"paraphrase {paraphrase}");
        Assert.True(unrelated < 0.2f, $"unrelated {unrelated}");
    }

    [Fact]
    public void A_batch_gives_each_text_the_vector_it_gets_alone()
    {
        string[] texts = ["Short one.", "A much longer sentence about the regional election and the turnout of young voters.", "Rain."];

        var batch = EmbedAll(texts);

        for (var i = 0; i < texts.Length; i++)
        {
            var alone = Embed(texts[i]);
            Assert.Equal(1f, TensorPrimitives.Dot(alone, batch[i]), tolerance: 1e-4f);
        }
    }

    [Fact]
    public void Links_handles_and_hashtags_do_not_change_what_a_post_says()
    {
        var plain = Embed("The governor signed the water bill");
        var post = Embed("RT @CapitolDesk: The governor signed the water bill https://t.co/AbC123 pic.twitter.com/xyz #WaterBill");

        Assert.True(TensorPrimitives.Dot(plain, post) > 0.8f);
    }

    [Fact]
    public async Task Many_threads_embedding_at_once_get_the_same_vectors()
    {
        string[] texts = ["Fuel prices rose for the third month in a row.", "The museum reopened after a two-year renovation."];
        var expected = EmbedAll(texts);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => Embed(texts[i % 2]), TestContext.Current.CancellationToken)));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(1f, TensorPrimitives.Dot(expected[i % 2], results[i]), tolerance: 1e-5f);
        }
    }

    [Fact]
    public void The_model_id_names_the_model_and_the_text_preparation()
    {
        Assert.StartsWith("all-MiniLM-L6-v2/", embedder.ModelId, StringComparison.Ordinal);
        Assert.EndsWith($"/text{MatchingText.Version}", embedder.ModelId, StringComparison.Ordinal);
    }
}
