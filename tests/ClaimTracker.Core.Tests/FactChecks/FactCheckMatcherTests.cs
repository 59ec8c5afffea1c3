using System.Globalization;
using System.Net;
using System.Text;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.FactChecks;
using ClaimTracker.Core.Matching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Core.Tests.FactChecks;

/// <summary>Search by meaning over a small library of checks written for these tests, with the real model.</summary>
public sealed class FactCheckMatcherTests
{
    private const string Library = "claim,rating,url,checked by\n"
        + "Unemployment rose to 5% in March.,False,https://m.example/rose,Jobs Desk\n"
        + "Unemployment fell to 5% in March.,True,https://m.example/fell,Jobs Desk\n"
        + "The city planted ten thousand trees in 2025.,Mostly true,https://m.example/trees,Green Desk\n"
        + "Vaccines cause autism in children.,False,https://m.example/vaccines,Health Desk\n"
        + "The new stadium was paid for entirely by private investors.,Misleading,https://m.example/stadium,Sport Desk\n";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<TestDatabase> LibraryAsync()
    {
        var database = await TestDatabase.CreateAsync();
        await database.InScopeAsync(sp => sp.GetRequiredService<FactCheckImporter>().ImportFileAsync("library.csv", Encoding.UTF8.GetBytes(Library), null, Ct));
        await database.InScopeAsync(sp => sp.GetRequiredService<FactCheckVectors>().EmbedPendingAsync(null, Ct));
        return database;
    }

    private static Task<FactCheckAnswer> FindAsync(TestDatabase database, string text, int top = 3) =>
        database.InScopeAsync(sp => sp.GetRequiredService<FactCheckMatcher>().FindAsync(text, top, Ct));

    [Fact]
    public async Task Finds_reworded_claims_first()
    {
        await using var database = await LibraryAsync();

        var vaccines = await FindAsync(database, "Childhood jabs lead to autism");
        var stadium = await FindAsync(database, "Private money alone funded the construction of the new arena");

        Assert.Equal("https://m.example/vaccines", vaccines.Matches[0].Url);
        Assert.Equal("https://m.example/stadium", stadium.Matches[0].Url);
        Assert.Equal(0, vaccines.Pending);
    }

    [Fact]
    public async Task Ranks_the_exact_wording_above_its_negated_twin_and_shows_both_as_close()
    {
        await using var database = await LibraryAsync();

        var answer = await FindAsync(database, "Unemployment fell to 5% in March.");

        // Sentence embeddings put "rose" and "fell" close together: the page warns the reader to compare them.
        Assert.Equal(["https://m.example/fell", "https://m.example/rose"], answer.Matches.Take(2).Select(m => m.Url));
        Assert.True(answer.Matches[0].Similarity > 0.99f);
        TestContext.Current.SendDiagnosticMessage(string.Create(CultureInfo.InvariantCulture, $"fell vs rose similarity: {answer.Matches[1].Similarity:0.000}"));
    }

    [Fact]
    public async Task Each_match_carries_its_contrast_with_the_query()
    {
        await using var database = await LibraryAsync();

        var answer = await FindAsync(database, "Unemployment fell to 7% in March.");

        var fell = answer.Matches.Single(m => m.Url == "https://m.example/fell");
        var rose = answer.Matches.Single(m => m.Url == "https://m.example/rose");
        Assert.Equal(new ClaimContrast(NumbersDiffer: true, NegationDiffers: false, DirectionDiffers: false), fell.Contrast);
        Assert.Equal(new ClaimContrast(NumbersDiffer: true, NegationDiffers: false, DirectionDiffers: true), rose.Contrast);
    }

    [Fact]
    public async Task The_similarity_shown_is_the_cosine_of_the_sentence_and_the_check()
    {
        await using var database = await LibraryAsync();
        const string query = "Childhood jabs lead to autism";

        var answer = await FindAsync(database, query);
        var cosine = await database.InScopeAsync(sp =>
        {
            var embedder = sp.GetRequiredService<ITextEmbedder>();
            return Task.FromResult(System.Numerics.Tensors.TensorPrimitives.Dot(
                embedder.Embed(query, Ct), embedder.Embed("Vaccines cause autism in children.", Ct)));
        });

        // Stored vectors are int8-quantised (VectorCodec): the shown value is the cosine to within a few thousandths.
        Assert.Equal(cosine, answer.Matches.Single(m => m.Url == "https://m.example/vaccines").Similarity, tolerance: 0.005f);
    }

    [Fact]
    public async Task A_rare_name_shared_with_a_check_lifts_it_above_checks_on_the_same_subject()
    {
        await using var database = await LibraryAsync();
        await database.InScopeAsync(sp => sp.GetRequiredService<FactCheckImporter>().ImportFileAsync("harbour.csv", Encoding.UTF8.GetBytes(
            "claim,url\n"
            + "The harbour budget was cut by a third.,https://m.example/cut\n"
            + "Councillor Okonkwo-Lindqvist voted against the harbour budget.,https://m.example/vote\n"
            + "The harbour budget was spent on new cranes.,https://m.example/cranes\n"), null, Ct));
        await database.InScopeAsync(sp => sp.GetRequiredService<FactCheckVectors>().EmbedPendingAsync(null, Ct));

        var answer = await FindAsync(database, "Okonkwo-Lindqvist opposed the harbour money");

        Assert.Equal("https://m.example/vote", answer.Matches[0].Url);
    }

    [Fact]
    public async Task Unrelated_sentences_find_nothing()
    {
        await using var database = await LibraryAsync();

        var answer = await FindAsync(database, "The orchestra will tour Japan in the autumn.");

        Assert.Empty(answer.Matches);
    }

    [Fact]
    public async Task A_deleted_check_is_no_longer_found_and_new_vectors_are_found_without_a_restart()
    {
        await using var database = await LibraryAsync();
        await FindAsync(database, "warm up the index");
        await database.InScopeAsync(sp => sp.GetRequiredService<ClaimTrackerDbContext>().FactChecks.Where(f => f.Url == "https://m.example/trees").ExecuteDeleteAsync(Ct));
        await database.InScopeAsync(sp => sp.GetRequiredService<FactCheckImporter>().ImportFileAsync("more.csv",
            Encoding.UTF8.GetBytes("claim,url\nThe river was cleaned of all plastic waste.,https://m.example/river\n"), null, Ct));
        var pending = await FindAsync(database, "Plastic was removed from the river");
        await database.InScopeAsync(sp => sp.GetRequiredService<FactCheckVectors>().EmbedPendingAsync(null, Ct));

        var trees = await FindAsync(database, "Ten thousand trees were planted by the city in 2025");
        var river = await FindAsync(database, "Plastic was removed from the river");

        Assert.DoesNotContain(trees.Matches, m => m.Url == "https://m.example/trees");
        Assert.Equal(1, pending.Pending);
        Assert.Equal("https://m.example/river", river.Matches[0].Url);
    }
}

/// <summary>A feed fetched over HTTP from a server on 127.0.0.1, with private addresses allowed for the test only.</summary>
public sealed class FactCheckFeedTests : IAsyncLifetime
{
    private WebApplication _server = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Base { get; set; } = string.Empty;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _server = builder.Build();
        _server.MapGet("/feed", () => Results.Content($"[{ClaimReviewMarkup.Bridge}]", "application/ld+json"));
        _server.MapGet("/page", () => Results.Content(ClaimReviewMarkup.Page(ClaimReviewMarkup.Bridge), "text/html; charset=utf-8"));
        _server.MapGet("/big", () => Results.Bytes(new byte[6 * 1024 * 1024], "application/json"));
        await _server.StartAsync(Ct);
        Base = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
    }

    public async ValueTask DisposeAsync()
    {
        await _server.StopAsync(CancellationToken.None);
        await _server.DisposeAsync();
    }

    [Theory]
    [InlineData("/feed", FactCheckFormat.ClaimReviewJson)]
    [InlineData("/page", FactCheckFormat.ClaimReviewHtml)]
    public async Task Imports_a_feed_or_page_by_its_media_type(string path, FactCheckFormat format)
    {
        await using var database = await TestDatabase.CreateAsync(new Dictionary<string, string?> { ["Import:AllowPrivateAddresses"] = "true" });

        var result = await database.InScopeAsync(sp => sp.GetRequiredService<FactCheckImporter>().ImportUrlAsync(Base + path, null, Ct));

        Assert.Equal((format, 1), (result.Format, result.Added));
        var source = await database.InScopeAsync(sp => sp.GetRequiredService<ClaimTrackerDbContext>().FactCheckImports.Select(i => i.SourceName).SingleAsync(Ct));
        Assert.Equal(Base + path, source);
    }

    [Fact]
    public async Task Refuses_a_loopback_feed_by_default_and_an_oversized_one_when_allowed()
    {
        await using var guarded = await TestDatabase.CreateAsync();
        await using var allowed = await TestDatabase.CreateAsync(new Dictionary<string, string?> { ["Import:AllowPrivateAddresses"] = "true" });

        var internalAddress = await Assert.ThrowsAsync<FactCheckImportRefusedException>(() =>
            guarded.InScopeAsync(sp => sp.GetRequiredService<FactCheckImporter>().ImportUrlAsync(Base + "/feed", null, Ct)));
        var tooLarge = await Assert.ThrowsAsync<FactCheckImportRefusedException>(() =>
            allowed.InScopeAsync(sp => sp.GetRequiredService<FactCheckImporter>().ImportUrlAsync(Base + "/big", null, Ct)));

        Assert.Contains("internal or private network address", internalAddress.Message, StringComparison.Ordinal);
        Assert.Contains("too large", tooLarge.Message, StringComparison.Ordinal);
    }
}
