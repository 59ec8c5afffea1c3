using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using ClaimTracker.Core;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Reports;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Benchmarks;

/// <summary>
/// The sourcing report of a 500-claim article over a real SQLite file: reading the model from the database
/// (ReportBuilder's fixed set of projections) and rendering it. Target: under 200 ms for build + render.
/// Run: <c>dotnet run -c Release --project tests/ClaimTracker.Benchmarks -- --filter *ReportBenchmarks* --job short</c>
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private const int Claims = 500;
    private const int Sources = 80;

    private readonly string _folder = Directory.CreateTempSubdirectory("claimtracker-bench-").FullName;
    private ServiceProvider _services = default!;
    private int _articleId;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:ClaimTracker"] = $"Data Source={Path.Combine(_folder, "bench.db")}",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddClaimTrackerCore(configuration);
        _services = services.BuildServiceProvider();

        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        await DatabaseSetup.MigrateAsync(db, CancellationToken.None);
        _articleId = await SeedAsync(db);
        Console.WriteLine($"// article {_articleId}: {Claims} claims, {Sources} sources");
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "build report model, 500 claims")]
    public async Task<int> Build()
    {
        await using var scope = _services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<ReportBuilder>().BuildAsync(_articleId, ReportView.Internal, CancellationToken.None);
        return report!.Claims.Count;
    }

    [Benchmark(Description = "build + render Markdown, 500 claims")]
    public async Task<int> BuildAndRenderMarkdown()
    {
        await using var scope = _services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<ReportBuilder>().BuildAsync(_articleId, ReportView.Internal, CancellationToken.None);
        return _services.GetRequiredService<ReportExporter>().Export(report!, ReportFormat.Markdown, null).Content.Length;
    }

    [Benchmark(Description = "build public + render JSON, 500 claims")]
    public async Task<int> BuildPublicAndRenderJson()
    {
        await using var scope = _services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<ReportBuilder>().BuildAsync(_articleId, ReportView.Public, CancellationToken.None);
        return _services.GetRequiredService<ReportExporter>().Export(report!, ReportFormat.Json, null).Content.Length;
    }

    /// <summary>One article with 500 varied claims (links, relations, ratings), plus 20 other articles that give the sources a record.</summary>
    private static async Task<int> SeedAsync(ClaimTrackerDbContext db)
    {
        var now = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
        var sources = Enumerable.Range(0, Sources)
            .Select(i => new Source { CanonicalName = $"Source {i}", Kind = (SourceKind)(i % 6), CreatedAt = now })
            .ToList();
        db.Sources.AddRange(sources);

        var body = new StringBuilder();
        var article = new Article { Title = "Benchmark article", Outlet = "Bench Times", OriginalUrl = "https://bench.example/a", Body = string.Empty, ContentHash = "bench-main" };
        for (var i = 0; i < Claims; i++)
        {
            body.Append(CultureInfo.InvariantCulture, $"Source {i % Sources} said that ");
            var start = body.Length;
            body.Append(CultureInfo.InvariantCulture, $"claim number {i} holds because the figures published in report {i * 7} were checked again");
            var claim = new Claim
            {
                Ordinal = i + 1,
                Start = start,
                End = body.Length,
                Segments = [new TextRange(start, body.Length)],
                Text = body.ToString(start, body.Length - start),
                Kind = (ClaimKind)(i % 4),
                Cue = "said",
                Source = i % 4 == 3 ? null : sources[i % Sources],
                SourceMention = $"Source {i % Sources}",
                SpeakerRole = i % 5 == 0 ? "spokesperson" : null,
                SourcingType = (SourcingType)(i % 8),
                AnonymityReason = i % 8 == 3 ? "Fears for their safety" : null,
                Hedges = i % 6 == 0 ? ["reportedly"] : [],
                ContestedStatus = (ContestedStatus)(i % 3),
                Rating = (Rating)(i % 7),
                ReviewerNotes = i % 2 == 0 ? $"Checked against the register, entry {i}." : null,
                ReviewedAt = i % 10 == 0 ? null : now,
            };
            if (i % 2 == 0)
            {
                claim.Links.Add(new CorroboratingLink { Url = $"https://records.example/{i}", Title = $"Record {i}", Stance = (LinkStance)(i % 3), AddedAt = now });
            }

            article.Claims.Add(claim);
            body.Append(".\n");
        }

        article.Body = body.ToString();
        for (var i = 5; i < Claims; i += 5)
        {
            article.Claims[i].OutgoingRelations.Add(new ClaimRelation { ToClaim = article.Claims[i - 1], Type = (ClaimRelationType)(i % 3) });
        }

        db.Articles.Add(article);
        for (var a = 0; a < 20; a++)
        {
            var other = new Article { Title = $"Other {a}", Body = "x", ContentHash = $"bench-other-{a}" };
            for (var i = 0; i < 50; i++)
            {
                var claim = new Claim { Ordinal = i + 1, Start = 0, End = 1, Text = "x", Source = sources[(a * 50 + i) % Sources], Rating = (Rating)(i % 7) };
                if (i % 3 == 0)
                {
                    claim.Links.Add(new CorroboratingLink { Url = "https://records.example/o", Stance = LinkStance.Supports, AddedAt = now });
                }

                other.Claims.Add(claim);
            }

            db.Articles.Add(other);
        }

        await db.SaveChangesAsync();
        return article.Id;
    }
}
