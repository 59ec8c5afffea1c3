using System.Text;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.FactChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Core.Tests.FactChecks;

/// <summary>Imports into a real SQLite database: what is stored, what is skipped, and that a failed import stores nothing.</summary>
public sealed class FactCheckImporterTests
{
    private const string Table = "claim\trating\turl\tchecked by\n"
        + "Unemployment rose to 5% in March.\tFalse\thttps://desk.example/jobs\tDesk One\n"
        + "The harbour was dredged twice.\tTrue\thttps://desk.example/harbour\tDesk One\n"
        + "A bad row.\tFalse\tjavascript:alert(1)\tDesk One\n"
        + "Unemployment rose to 5% in March.\tFalse\thttps://desk.example/jobs\tDesk One\n";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<FactCheckImportResult> ImportAsync(TestDatabase database, string name, string content) =>
        database.InScopeAsync(sp => sp.GetRequiredService<FactCheckImporter>().ImportFileAsync(name, Encoding.UTF8.GetBytes(content), null, Ct));

    private static Task<(int Checks, int Imports)> CountAsync(TestDatabase database) => database.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<ClaimTrackerDbContext>();
        return (await db.FactChecks.CountAsync(Ct), await db.FactCheckImports.CountAsync(Ct));
    });

    [Fact]
    public async Task Stores_the_good_rows_in_one_batch_and_reports_skipped_and_repeated_ones()
    {
        await using var database = await TestDatabase.CreateAsync();

        var result = await ImportAsync(database, "checks.tsv", Table);

        Assert.Equal((2, 1), (result.Added, result.Duplicates));
        Assert.Equal("row 4", Assert.Single(result.Skipped).Where);
        var stored = await database.InScopeAsync(sp => sp.GetRequiredService<ClaimTrackerDbContext>().FactChecks.AsNoTracking().Include(f => f.Import).OrderBy(f => f.Id).ToListAsync(Ct));
        Assert.All(stored, f => Assert.Equal((FactCheckOrigin.Imported, result.ImportId, "checks.tsv", FactCheckFormat.Tsv), (f.Origin, f.ImportId!.Value, f.Import!.SourceName, f.Import.Format)));
        Assert.Equal((2, 1, 1), (stored[0].Import!.Added, stored[0].Import!.Duplicates, stored[0].Import!.Skipped));
    }

    [Fact]
    public async Task Reimporting_the_same_checks_adds_nothing_even_with_other_spacing_and_case()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ImportAsync(database, "checks.tsv", Table);

        var again = await ImportAsync(database, "again.csv", "claim,url\n\"unemployment  ROSE to 5% in March.\",https://desk.example/jobs\nNew one.,https://desk.example/new\n");

        Assert.Equal((1, 1), (again.Added, again.Duplicates));
        Assert.Equal(3, (await CountAsync(database)).Checks);
    }

    [Fact]
    public async Task Nothing_is_stored_when_saving_fails_part_way()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.InScopeAsync(sp => sp.GetRequiredService<ClaimTrackerDbContext>().Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER refuse_poison BEFORE INSERT ON FactChecks WHEN NEW.ClaimReviewed LIKE '%poison%' BEGIN SELECT RAISE(ABORT, 'refused'); END", Ct));
        var content = "claim,url\nFirst fine claim.,https://p.example/1\nSecond fine claim.,https://p.example/2\nThe poison claim.,https://p.example/3\nLast fine claim.,https://p.example/4\n";

        await Assert.ThrowsAsync<FactCheckImportRefusedException>(() => ImportAsync(database, "checks.csv", content));

        Assert.Equal((0, 0), await CountAsync(database));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_before_reading()
    {
        await using var database = await TestDatabase.CreateAsync(new Dictionary<string, string?> { ["FactChecks:MaxFileBytes"] = "1000" });

        var refused = await Assert.ThrowsAsync<FactCheckImportRefusedException>(() => ImportAsync(database, "big.json", "[" + string.Join(',', Enumerable.Repeat(ClaimReviewMarkup.Bridge, 10)) + "]"));

        Assert.Contains("too large", refused.Message, StringComparison.Ordinal);
        Assert.Equal((0, 0), await CountAsync(database));
    }

    [Fact]
    public async Task Bytes_in_no_readable_encoding_are_refused()
    {
        await using var database = await TestDatabase.CreateAsync();
        byte[] bytes = [.. Encoding.ASCII.GetBytes("claim,url\nCaf"), 0x81, 0x8D, .. Encoding.ASCII.GetBytes(",https://q.example/1\n")];

        var refused = await Assert.ThrowsAsync<FactCheckImportRefusedException>(() =>
            database.InScopeAsync(sp => sp.GetRequiredService<FactCheckImporter>().ImportFileAsync("checks.csv", bytes, null, Ct)));

        Assert.Contains("encoding", refused.Message, StringComparison.Ordinal);
        Assert.Equal((0, 0), await CountAsync(database));
    }

    [Fact]
    public async Task An_input_whose_every_record_is_bad_is_refused_with_the_reasons()
    {
        await using var database = await TestDatabase.CreateAsync();

        var refused = await Assert.ThrowsAsync<FactCheckImportRefusedException>(() =>
            ImportAsync(database, "bad.json", """[{ "@type": "ClaimReview", "url": "javascript:alert(1)", "claimReviewed": "x" }]"""));

        Assert.Contains("javascript:", refused.Message, StringComparison.Ordinal);
        Assert.Equal((0, 0), await CountAsync(database));
    }

    [Fact]
    public async Task Pasted_page_markup_is_read_as_html()
    {
        await using var database = await TestDatabase.CreateAsync();

        var result = await database.InScopeAsync(sp => sp.GetRequiredService<FactCheckImporter>().ImportPastedAsync(ClaimReviewMarkup.Page(ClaimReviewMarkup.Bridge), null, Ct));

        Assert.Equal((FactCheckFormat.ClaimReviewHtml, 1), (result.Format, result.Added));
    }
}
