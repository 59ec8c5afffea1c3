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

    [Fact]
    public async Task A_large_file_read_in_pieces_keeps_multibyte_characters_and_whole_text_offsets()
    {
        // Accented and non-Latin letters (two to four bytes each) land on every position of the reader's chunk edges.
        var builder = new StringBuilder();
        for (var i = 0; builder.Length < 1_200_000; i++)
        {
            builder.Append("Z\u00fcrich's mayor said the caf\u00e9 would reopen \u2014 \u201Csoon\u201D, \u0645\u0631\u062d\u0628\u0627 \uD83D\uDE00 item ").Append(i).Append(".\n");
        }

        var text = builder.ToString();
        var file = Write("large.txt", Encoding.UTF8.GetBytes(text));

        var run = await CliProcess.RunAsync(NoDatabase, null, "extract", file);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var claims = json.RootElement.GetProperty("claims").EnumerateArray().ToList();
        Assert.True(claims.Count > 10_000);
        Assert.All(claims, c =>
        {
            var segment = c.GetProperty("segments")[0];
            var (start, end) = (segment[0].GetInt32(), segment[1].GetInt32());
            Assert.StartsWith(text[start..end], c.GetProperty("text").GetString(), StringComparison.Ordinal);
        });
        Assert.Contains(claims, c => c.GetProperty("start").GetInt32() > 1_000_000);
    }

    [Theory]
    [InlineData("missing", "file not found")]
    [InlineData("empty", "is empty")]
    [InlineData("binary", "looks binary")]
    [InlineData("latin1", "not valid UTF-8")]
    [InlineData("late-nul", "looks binary")]
    [InlineData("late-invalid", "not valid UTF-8")]
    [InlineData("blank", "is empty")]
    public async Task Bad_input_gives_a_one_line_error_and_a_nonzero_exit(string kind, string message)
    {
        var file = kind switch
        {
            "missing" => Path.Combine(_folder, "nope.txt"),
            "empty" => Write("empty.txt", []),
            "binary" => Write("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]),
            "late-nul" => Write("late-nul.txt", [.. Encoding.UTF8.GetBytes(new string('a', 100_000)), 0x00, .. "b"u8]),
            "late-invalid" => Write("late-invalid.txt", [.. Encoding.UTF8.GetBytes(new string('a', 100_000)), 0xC3, 0x28]),
            "blank" => Write("blank.txt", Encoding.UTF8.GetBytes(new string(' ', 70_000) + "\n\n")),
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
