using System.Text.RegularExpressions;
using ClaimTracker.Core.Tests.Data;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ClaimTracker.Core.Tests.Documentation;

/// <summary>
/// README.md and docs/*.md as a reader meets them: every relative link and image reaches a file in the
/// repository, every #anchor a heading (GitHub's slugs), and the README stays short enough to read.
/// </summary>
public sealed partial class DocumentationTests
{
    // The slugs GitHub gives headings ("Docker compose with SQL Server" → docker-compose-with-sql-server).
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .Build();

    private static readonly string Root = MigrationTests.RepositoryRoot();

    public static TheoryData<string> Documents()
    {
        var documents = new TheoryData<string> { "README.md" };
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md").Order(StringComparer.Ordinal))
        {
            documents.Add(Path.GetRelativePath(Root, file).Replace('\\', '/'));
        }

        return documents;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_relative_link_reaches_a_file_and_heading(string document)
    {
        var path = Path.Combine(Root, document);
        var broken = new List<string>();
        foreach (var link in Parse(path).Descendants<LinkInline>())
        {
            var url = link.Url;
            if (string.IsNullOrEmpty(url) || UriScheme().IsMatch(url))
            {
                continue;
            }

            var hash = url.IndexOf('#', StringComparison.Ordinal);
            var target = hash < 0 ? url : url[..hash];
            var anchor = hash < 0 ? null : Uri.UnescapeDataString(url[(hash + 1)..]);
            var file = target.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, Uri.UnescapeDataString(target)));
            if (!file.StartsWith(Root, StringComparison.Ordinal) || !(File.Exists(file) || Directory.Exists(file)))
            {
                broken.Add($"{url}: no such file in the repository");
            }
            else if (anchor is not null && file.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !Anchors(file).Contains(anchor))
            {
                broken.Add($"{url}: {Path.GetFileName(file)} has no heading #{anchor}");
            }
        }

        Assert.True(broken.Count == 0, $"{document} has broken links:\n{string.Join('\n', broken)}");
    }

    [Fact]
    public void Anchors_follow_the_slugs_GitHub_gives_headings()
    {
        var document = Markdown.Parse("## Docker compose with SQL Server\n\n## What's `new`, and why?\n\n## Docker compose with SQL Server\n", Pipeline);

        var ids = document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).ToList();

        Assert.Equal(["docker-compose-with-sql-server", "whats-new-and-why", "docker-compose-with-sql-server-1"], ids);
    }

    [Fact]
    public void The_readme_stays_under_20_KB()
    {
        var size = new FileInfo(Path.Combine(Root, "README.md")).Length;

        Assert.True(size <= 20 * 1024, $"README.md is {size} bytes; move detail into docs/ and link to it.");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void No_line_dates_itself_by_a_work_period_or_an_issue_number(string document)
    {
        var dated = File.ReadLines(Path.Combine(Root, document))
            .Select((line, i) => (Line: line, Number: i + 1))
            .Where(l => Dating().IsMatch(l.Line))
            .Select(l => $"{l.Number}: {l.Line}")
            .ToList();

        Assert.True(dated.Count == 0, $"{document} dates rules or figures by history (git keeps that):\n{string.Join('\n', dated)}");
    }

    private static MarkdownDocument Parse(string path) => Markdown.Parse(File.ReadAllText(path), Pipeline);

    private static HashSet<string> Anchors(string path) =>
        [.. Parse(path).Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).OfType<string>()];

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex UriScheme();

    [GeneratedRegex(@"\b(sessions?|issues?)\s+#?\d|\bbefore session\b|\bsince session\b", RegexOptions.IgnoreCase)]
    private static partial Regex Dating();
}
