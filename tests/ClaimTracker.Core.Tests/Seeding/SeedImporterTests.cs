using ClaimTracker.Core.Data;
using ClaimTracker.Core.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Core.Tests.Seeding;

public sealed class SeedImporterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Seeding_twice_creates_no_duplicates()
    {
        await using var database = await TestDatabase.CreateAsync();
        var seeds = Path.Combine(database.Folder, "seeds");
        Directory.CreateDirectory(Path.Combine(seeds, "articles"));
        await File.WriteAllTextAsync(Path.Combine(seeds, "articles", "harbour.txt"), "The harbour reopened on Friday, the port authority said.", Ct);
        await File.WriteAllTextAsync(Path.Combine(seeds, "articles", "harbour.json"), """{"title":"Harbour reopens","outlet":"Coast Herald","publishedAt":"2024-03-01T08:00:00Z"}""", Ct);

        var first = await database.InScopeAsync(sp => sp.GetRequiredService<SeedImporter>().ImportAsync(seeds, Ct));
        var second = await database.InScopeAsync(sp => sp.GetRequiredService<SeedImporter>().ImportAsync(seeds, Ct));

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        var articles = await database.InScopeAsync(sp => sp.GetRequiredService<ClaimTrackerDbContext>().Articles.ToListAsync(Ct));
        var article = Assert.Single(articles);
        Assert.Equal("Harbour reopens", article.Title);
        Assert.Equal("Coast Herald", article.Outlet);
        Assert.Equal(new DateTime(2024, 3, 1, 8, 0, 0, DateTimeKind.Utc), article.PublishedAt);
    }

    [Fact]
    public async Task Repository_seeds_hold_the_sample_article_with_metadata()
    {
        await using var database = await TestDatabase.CreateAsync();
        var seeds = Path.Combine(Data.MigrationTests.RepositoryRoot(), "seeds");

        var created = await database.InScopeAsync(sp => sp.GetRequiredService<SeedImporter>().ImportAsync(seeds, Ct));

        Assert.True(created >= 1);
        var article = await database.InScopeAsync(sp => sp.GetRequiredService<ClaimTrackerDbContext>().Articles.Include(a => a.Claims).FirstAsync(Ct));
        Assert.NotNull(article.Outlet);
        Assert.NotNull(article.PublishedAt);
        Assert.NotEmpty(article.Claims);
    }
}
