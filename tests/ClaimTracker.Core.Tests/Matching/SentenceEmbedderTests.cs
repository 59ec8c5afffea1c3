using System.Numerics.Tensors;
using System.Security.Cryptography;
using ClaimTracker.Core.Matching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ClaimTracker.Core.Tests.Matching;

public sealed class SentenceEmbedderTests(SharedEmbedder shared)
{
    public static TheoryData<string> Models => ["MiniLm", "ArcticXs"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Models))]
    public void Vectors_have_the_model_dimensions_and_unit_length(string model)
    {
        var embedder = shared.For(model);

        var vector = embedder.Embed("The harbour bridge will close for repairs in May.", Ct);
        var query = embedder.EmbedQuery("When does the harbour bridge close?", Ct);

        Assert.Equal(384, vector.Length);
        Assert.Equal(1f, TensorPrimitives.Norm(vector), 3);
        Assert.Equal(1f, TensorPrimitives.Norm(query), 3);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void A_paraphrase_is_closer_than_a_claim_on_another_subject(string model)
    {
        var embedder = shared.For(model);
        var query = embedder.EmbedQuery("The city council voted to ban plastic bags in supermarkets.", Ct);
        var claims = embedder.Embed(
        [
            "Supermarkets will no longer be allowed to hand out plastic bags after a council vote.",
            "The striker scored twice in the second half to win the cup final.",
        ], Ct);

        var paraphrase = TensorPrimitives.Dot(query, claims[0]);
        var unrelated = TensorPrimitives.Dot(query, claims[1]);

        Assert.True(paraphrase > unrelated + 0.2f, $"paraphrase {paraphrase}, unrelated {unrelated}");
    }

    [Fact]
    public void The_symmetric_model_keeps_unrelated_claims_far_apart()
    {
        var vectors = shared.For("MiniLm").Embed(
        [
            "The city council voted to ban plastic bags in supermarkets.",
            "Supermarkets will no longer be allowed to hand out plastic bags after a council vote.",
            "The striker scored twice in the second half to win the cup final.",
        ], Ct);

        Assert.True(TensorPrimitives.Dot(vectors[0], vectors[1]) > 0.6f);
        Assert.True(TensorPrimitives.Dot(vectors[0], vectors[2]) < 0.2f);
    }

    [Fact]
    public void Without_an_adapter_the_retrieval_model_reads_a_query_apart_from_a_claim_and_the_symmetric_one_does_not()
    {
        const string text = "Fuel prices rose for the third month in a row.";
        using var arctic = Unadapted("ArcticXs");
        using var miniLm = Unadapted("MiniLm");

        var arcticSame = TensorPrimitives.Dot(arctic.Embed(text, Ct), arctic.EmbedQuery(text, Ct));
        var miniLmSame = TensorPrimitives.Dot(miniLm.Embed(text, Ct), miniLm.EmbedQuery(text, Ct));

        Assert.True(arctic.QueriesEmbedApart);
        Assert.False(miniLm.QueriesEmbedApart);
        Assert.True(arcticSame < 0.99f, $"query and claim vectors of one text: {arcticSame}");
        Assert.Equal(1f, miniLmSame, 5);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void The_query_adapter_maps_query_vectors_and_leaves_stored_vectors_alone(string model)
    {
        const string text = "The government plans to raise the pension age to 70.";
        var adapted = shared.For(model);
        using var plain = Unadapted(model);

        var query = adapted.EmbedQuery(text, Ct);
        var plainQuery = plain.EmbedQuery(text, Ct);

        Assert.NotNull(adapted.Adapter);
        Assert.True(adapted.QueriesEmbedApart);
        Assert.Equal(plain.ModelId, adapted.ModelId);
        Assert.Equal(plain.Embed(text, Ct), adapted.Embed(text, Ct));
        Assert.Equal(1f, TensorPrimitives.Norm(query), 3);
        var moved = TensorPrimitives.Dot(query, plainQuery);
        Assert.InRange(moved, 0.5f, 0.995f);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void A_lookup_gives_the_query_vector_and_the_text_vector_of_one_sentence(string model)
    {
        const string text = "Ferry fares will double from next spring, the operator said.";
        var embedder = shared.For(model);

        var (asQuery, asText) = embedder.EmbedForLookup(text, Ct);

        Assert.Equal(embedder.EmbedQuery(text, Ct), asQuery, (a, b) => MathF.Abs(a - b) < 1e-5f);
        Assert.Equal(embedder.Embed(text, Ct), asText, (a, b) => MathF.Abs(a - b) < 1e-5f);
    }

    [Fact]
    public void An_adapter_fitted_for_another_model_is_refused_with_both_names()
    {
        var path = Path.Combine(Path.GetTempPath(), $"adapter-{Guid.NewGuid():N}.qadapter");
        try
        {
            using (var file = File.Create(path))
            {
                QueryAdapter.BuiltIn(SentenceModel.MiniLm)!.Write(file);
            }

            using var arctic = new SentenceEmbedder(Options.Create(new MatchingOptions { Model = "ArcticXs", QueryAdapter = path, ModelIdleMinutes = 0 }));

            var error = Assert.Throws<InvalidOperationException>(() => arctic.EmbedQuery("Any sentence.", Ct));
            Assert.Contains(SentenceModel.MiniLm.Name, error.Message, StringComparison.Ordinal);
            Assert.Contains(SentenceModel.ArcticXs.Name, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static SentenceEmbedder Unadapted(string model) =>
        new(Options.Create(new MatchingOptions { Model = model, QueryAdapter = MatchingOptions.NoAdapter, ModelIdleMinutes = 0 }));

    [Theory]
    [MemberData(nameof(Models))]
    public void A_batch_gives_each_text_the_vector_it_gets_alone(string model)
    {
        var embedder = shared.For(model);
        string[] texts = ["Short one.", "A much longer sentence about the regional election and the turnout of young voters.", "Rain."];

        var batch = embedder.Embed(texts, Ct);

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(1f, TensorPrimitives.Dot(embedder.Embed(texts[i], Ct), batch[i]), tolerance: 1e-4f);
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Links_handles_and_hashtags_do_not_change_what_a_post_says(string model)
    {
        var embedder = shared.For(model);

        var plain = embedder.Embed("The governor signed the water bill", Ct);
        var post = embedder.Embed("RT @CapitolDesk: The governor signed the water bill https://t.co/AbC123 pic.twitter.com/xyz #WaterBill", Ct);

        Assert.True(TensorPrimitives.Dot(plain, post) > 0.8f);
    }

    [Fact]
    public async Task Many_threads_embedding_at_once_get_the_same_vectors()
    {
        var embedder = shared.Embedder;
        string[] texts = ["Fuel prices rose for the third month in a row.", "The museum reopened after a two-year renovation."];
        var expected = embedder.Embed(texts, Ct);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => embedder.Embed(texts[i % 2], Ct), Ct)));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(1f, TensorPrimitives.Dot(expected[i % 2], results[i]), tolerance: 1e-5f);
        }
    }

    [Theory]
    [InlineData("MiniLm", "all-MiniLM-L6-v2/")]
    [InlineData("ArcticXs", "snowflake-arctic-embed-xs/")]
    public void The_model_id_names_the_model_and_the_text_preparation(string model, string prefix)
    {
        var embedder = shared.For(model);

        Assert.StartsWith(prefix, embedder.ModelId, StringComparison.Ordinal);
        Assert.Contains($"/text{MatchingText.Version}", embedder.ModelId, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Each_precision_has_a_model_id_of_its_own_so_their_vectors_are_never_mixed(string model)
    {
        using var full = new SentenceEmbedder(Options.Create(new MatchingOptions { Model = model, ModelPrecision = "Float" }));
        using var eightBit = new SentenceEmbedder(Options.Create(new MatchingOptions { Model = model, ModelPrecision = "Int8" }));

        Assert.NotEqual(full.ModelId, eightBit.ModelId);
        Assert.EndsWith($"/text{MatchingText.Version}", full.ModelId, StringComparison.Ordinal);
        Assert.False(full.IsLoaded || eightBit.IsLoaded);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void The_int8_model_points_each_sentence_the_way_the_float_model_does(string model)
    {
        string[] sentences =
        [
            "The harbour bridge will close for repairs in May.",
            "Councillor Brenna Thalwick said the new tram line would cost 40 million euros less than planned.",
            "Wheat exports from the northern provinces fell by a third in 2025, the farmers' union said.",
            "The vaccine is not safe for children under five, according to a post shared 20,000 times.",
            "Mayor Osric Vennard denied that the city had sold the old library to a developer.",
            "Unemployment rose to 5%.",
        ];

        var full = shared.For(model, "Float").Embed(sentences, Ct);
        var eightBit = shared.For(model, "Int8").Embed(sentences, Ct);

        for (var i = 0; i < sentences.Length; i++)
        {
            var cosine = TensorPrimitives.Dot(full[i], eightBit[i]);
            Assert.True(cosine >= 0.97f, $"{sentences[i]}: cosine {cosine}");
        }
    }

    [Fact]
    public void An_unknown_precision_is_refused_with_the_names_that_work()
    {
        var error = Assert.Throws<ArgumentException>(() => new SentenceEmbedder(Options.Create(new MatchingOptions { ModelPrecision = "int4" })));

        Assert.Contains("Int8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_model_name_is_refused_with_the_names_that_work()
    {
        var error = Assert.Throws<ArgumentException>(() => new SentenceEmbedder(Options.Create(new MatchingOptions { Model = "gpt" })));

        Assert.Contains("ArcticXs", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void The_graph_read_from_the_assembly_file_is_the_embedded_resource(string model)
    {
        var sentenceModel = SentenceModel.Named(model);
        using var resource = sentenceModel.Assembly.GetManifestResourceStream($"{sentenceModel.Assembly.GetName().Name}.Resources.model.onnx")!;

        var graph = sentenceModel.ReadGraph();

        Assert.Equal(resource.Length, graph.Length);
        Assert.Equal(SHA256.HashData(resource), SHA256.HashData(graph));
    }

    [Fact]
    public void The_graph_copied_to_disk_for_loading_is_the_embedded_resource_and_private_to_the_user()
    {
        var model = SentenceModel.MiniLm;
        using var resource = model.Assembly.GetManifestResourceStream($"{model.Assembly.GetName().Name}.Resources.model.onnx")!;
        var folder = Directory.CreateTempSubdirectory("claimtracker-graph-").FullName;
        try
        {
            var path = model.WriteGraph(folder);

            using (var file = File.OpenRead(path))
            {
                Assert.Equal(SHA256.HashData(resource), SHA256.HashData(file));
            }

            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("Float")]
    [InlineData("Int8")]
    public void Loading_leaves_no_copy_of_the_graph_behind(string precision)
    {
        var folder = Directory.CreateTempSubdirectory("claimtracker-graph-").FullName;
        try
        {
            using var embedder = new SentenceEmbedder(Options.Create(new MatchingOptions { Model = "MiniLm", ModelPrecision = precision, ModelIdleMinutes = 0 })) { GraphFolder = folder };

            var vector = embedder.Embed("The port reopened on Monday.", Ct);

            Assert.True(embedder.IsLoaded);
            Assert.Equal(384, vector.Length);
            Assert.Empty(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_idle_model_leaves_memory_and_loads_again_on_next_use()
    {
        var clock = new FakeTimeProvider();
        using var embedder = new SentenceEmbedder(Options.Create(new MatchingOptions { Model = "MiniLm", ModelIdleMinutes = 10 }), clock);
        var before = embedder.Embed("The port reopened on Monday.", Ct);

        clock.Advance(TimeSpan.FromMinutes(6));
        var keptWhileRecent = embedder.IsLoaded;
        clock.Advance(TimeSpan.FromMinutes(6));
        var releasedWhenIdle = !embedder.IsLoaded;
        var after = embedder.Embed("The port reopened on Monday.", Ct);

        Assert.True(keptWhileRecent);
        Assert.True(releasedWhenIdle);
        Assert.True(embedder.IsLoaded);
        Assert.Equal(2, embedder.Loads);
        Assert.Equal(1f, TensorPrimitives.Dot(before, after), 5);
    }

    [Fact]
    public void A_model_that_was_never_used_is_never_loaded()
    {
        var clock = new FakeTimeProvider();
        using var embedder = new SentenceEmbedder(Options.Create(new MatchingOptions { ModelIdleMinutes = 1 }), clock);

        clock.Advance(TimeSpan.FromMinutes(5));

        Assert.False(embedder.IsLoaded);
        Assert.Equal(0, embedder.Loads);
    }

    [Fact]
    public void A_cancelled_model_call_ends_as_a_cancellation_not_a_runtime_error()
    {
        using var session = new SentenceSession(SentenceModel.MiniLm, SentencePrecision.EightBit, threads: 1, Path.GetTempPath());
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var error = Assert.ThrowsAny<OperationCanceledException>(() => session.Encode(["The ferry service resumes on Monday."], cancelled.Token));

        Assert.Equal(cancelled.Token, error.CancellationToken);
    }
}
