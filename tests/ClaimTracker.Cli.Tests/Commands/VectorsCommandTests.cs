using Microsoft.Data.Sqlite;

namespace ClaimTracker.Cli.Tests.Commands;

public sealed class VectorsCommandTests : IDisposable
{
    private const string Article = """
        The finance minister said on Tuesday that the budget deficit had doubled since last year.
        "Hospitals will get three new wings," Health Minister Lena Park told reporters.
        The opposition leader, Omar Haddad, said the railway plan would cost twice as much as promised.
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("claimtracker-vectors-").FullName;

    private string Database => Path.Combine(_folder, "news.db");

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar()!, System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<long> ImportedClaimsAsync()
    {
        var file = Path.Combine(_folder, "budget.txt");
        await File.WriteAllTextAsync(file, Article, TestContext.Current.CancellationToken);
        var import = await CliProcess.RunAsync(Database, null, "import", file);
        Assert.Equal(0, import.ExitCode);
        return Scalar("SELECT COUNT(*) FROM Claims");
    }

    [Fact]
    public async Task Rebuild_computes_the_missing_claim_vectors_reports_progress_and_writes_the_index_file()
    {
        var claims = await ImportedClaimsAsync();
        var before = await CliProcess.RunAsync(Database, null, "vectors", "status");

        var rebuild = await CliProcess.RunAsync(Database, null, "vectors", "rebuild");
        var after = await CliProcess.RunAsync(Database, null, "vectors", "status");

        Assert.True(claims > 0);
        Assert.Contains($"Claims: {claims}, with a vector of this model 0, pending {claims}", before.Stdout, StringComparison.Ordinal);
        Assert.Contains("(missing)", before.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, rebuild.ExitCode);
        Assert.Contains($"claim vectors: {claims}/{claims} (100%)", rebuild.Stderr, StringComparison.Ordinal);
        Assert.Contains($"Computed {claims} claim vectors and 0 fact-check vectors", rebuild.Stdout, StringComparison.Ordinal);
        Assert.Equal(claims, Scalar("SELECT COUNT(*) FROM ClaimVectors WHERE length(Vector) = 389"));
        Assert.True(File.Exists(Database + ".claims.usearch"));
        Assert.Contains($"pending 0", after.Stdout, StringComparison.Ordinal);
        Assert.Contains($"up to date, {claims} vectors", after.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rebuild_computes_only_what_is_missing_and_force_recomputes_everything()
    {
        var claims = await ImportedClaimsAsync();
        await CliProcess.RunAsync(Database, null, "vectors", "rebuild");
        Scalar("DELETE FROM ClaimVectors WHERE ClaimId = (SELECT MIN(ClaimId) FROM ClaimVectors); SELECT 0");
        Scalar("UPDATE ClaimVectors SET ModelId = 'an-older-model' WHERE ClaimId = (SELECT MAX(ClaimId) FROM ClaimVectors); SELECT 0");
        var stale = await CliProcess.RunAsync(Database, null, "vectors", "status");

        var missing = await CliProcess.RunAsync(Database, null, "vectors", "rebuild");
        var forced = await CliProcess.RunAsync(Database, null, "vectors", "rebuild", "--force");

        Assert.Contains("stored claim vectors of an-older-model: 1 (stale", stale.Stdout, StringComparison.Ordinal);
        Assert.Contains("pending 2", stale.Stdout, StringComparison.Ordinal);
        Assert.Contains("stale (", stale.Stdout, StringComparison.Ordinal);
        Assert.Contains("Computed 2 claim vectors", missing.Stdout, StringComparison.Ordinal);
        Assert.Contains($"Computed {claims} claim vectors", forced.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM ClaimVectors WHERE ModelId = 'an-older-model'"));
        Assert.Contains($"up to date, {claims} vectors", forced.Stdout, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
