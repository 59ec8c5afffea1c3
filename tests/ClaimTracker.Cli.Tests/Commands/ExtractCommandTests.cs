using System.Text;
using System.Text.Json;

namespace ClaimTracker.Cli.Tests.Commands;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claimtracker-extract-").FullName;

    // Extract must never touch the database: point it at a path that cannot be created.
    private const string NoDatabase = "/nonexistent-folder/never.db";

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public async Task Prints_only_json_with_spans_inside_the_input()
    {
        const string text = "The mayor said the bridge would reopen in May. Traffic was light.";
        var file = Write("a.txt", Encoding.UTF8.GetBytes(text));

        var run = await CliProcess.RunAsync(NoDatabase, null, "extract", file, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var claims = json.RootElement.GetProperty("claims").EnumerateArray().ToList();
        Assert.NotEmpty(claims);
        Assert.All(claims, c =>
        {
            var start = c.GetProperty("start").GetInt32();
            var end = c.GetProperty("end").GetInt32();
            Assert.InRange(start, 0, text.Length);
            Assert.InRange(end, start, text.Length);
            Assert.Equal(JsonValueKind.Array, c.GetProperty("segments").ValueKind);
            Assert.Equal(JsonValueKind.Array, c.GetProperty("hedges").ValueKind);
        });
    }

    [Fact]
    public async Task A_byte_order_mark_is_not_part_of_the_text_the_offsets_index()
    {
        var file = Write("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Rain fell all day.")]);

        var run = await CliProcess.RunAsync(NoDatabase, null, "extract", file);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var claim = json.RootElement.GetProperty("claims")[0];
        Assert.Equal(0, claim.GetProperty("start").GetInt32());
        Assert.Equal("Rain fell all day.", claim.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Text_format_prints_a_readable_table()
    {
        var file = Write("b.txt", Encoding.UTF8.GetBytes("Rain fell all day."));

        var run = await CliProcess.RunAsync(NoDatabase, null, "extract", file, "--format", "text");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Rain fell all day.", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 claims", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing", "file not found")]
    [InlineData("empty", "is empty")]
    [InlineData("binary", "looks binary")]
    [InlineData("latin1", "not valid UTF-8")]
    public async Task Bad_input_gives_a_one_line_error_and_a_nonzero_exit(string kind, string message)
    {
        var file = kind switch
        {
            "missing" => Path.Combine(_folder, "nope.txt"),
            "empty" => Write("empty.txt", []),
            "binary" => Write("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]),
            _ => Write("latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 owners said prices rose.")),
        };

        var run = await CliProcess.RunAsync(NoDatabase, null, "extract", file);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
        Assert.Single(run.Stderr.Trim().Split('\n'));
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
