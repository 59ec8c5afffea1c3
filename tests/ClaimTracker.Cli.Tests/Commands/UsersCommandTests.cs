namespace ClaimTracker.Cli.Tests.Commands;

public sealed class UsersCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claimtracker-cli-").FullName;

    private string Database => Path.Combine(_folder, "cli.db");

    [Fact]
    public async Task Users_add_creates_a_user_from_a_password_on_stdin()
    {
        var run = await CliProcess.RunAsync(Database, "Harbour-Lights-42!", "users", "add", "--email", "ed@newsroom.test", "--role", "Editor", "--password-stdin");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Created ed@newsroom.test (Editor)", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_add_rejects_a_weak_password_with_a_clear_message()
    {
        var run = await CliProcess.RunAsync(Database, "password", "users", "add", "--email", "weak@newsroom.test", "--role", "Reviewer", "--password-stdin");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("at least 12 characters", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_add_rejects_an_unknown_role_with_a_clear_message()
    {
        var run = await CliProcess.RunAsync(Database, "Harbour-Lights-42!", "users", "add", "--email", "x@newsroom.test", "--role", "Owner", "--password-stdin");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("unknown role 'Owner'. Use one of: Reviewer, Editor, Admin.", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_add_refuses_a_password_on_the_command_line()
    {
        var run = await CliProcess.RunAsync(Database, null, "users", "add", "--email", "x@newsroom.test", "--role", "Reviewer");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--password-stdin", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_creates_the_database()
    {
        var run = await CliProcess.RunAsync(Database, null, "migrate");

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Database));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Leftover temp files are harmless.
        }
    }
}
