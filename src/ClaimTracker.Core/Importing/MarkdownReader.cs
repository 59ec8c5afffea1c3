using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Importing;

/// <summary>
/// Markdown to plain prose: a leading "# heading" becomes the title, and link, emphasis and heading markers are dropped,
/// so the stored body (which claim spans index) reads as the article does.
/// </summary>
internal static partial class MarkdownReader
{
    public static ArticleDraft Read(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').ToList();
        string? title = null;
        var first = lines.FindIndex(l => !string.IsNullOrWhiteSpace(l));
        if (first >= 0 && TitleLine().Match(lines[first]) is { Success: true } heading)
        {
            title = Inline(heading.Groups[1].Value).Trim();
            lines.RemoveAt(first);
        }

        var body = new List<string>(lines.Count);
        var inFence = false;
        foreach (var line in lines)
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence || HorizontalRule().IsMatch(line))
            {
                body.Add(inFence ? line : string.Empty);
                continue;
            }

            var text = HeadingMarker().Replace(line, string.Empty);
            text = ListOrQuoteMarker().Replace(text, "$1");
            body.Add(Inline(text));
        }

        return new ArticleDraft(string.Join('\n', body), title);
    }

    private static string Inline(string text)
    {
        text = Image().Replace(text, string.Empty);
        text = Link().Replace(text, "$1");
        text = Emphasis().Replace(text, "$2");
        return InlineCode().Replace(text, "$1");
    }

    [GeneratedRegex(@"^\s{0,3}#\s+(.+?)\s*#*\s*$")]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+")]
    private static partial Regex HeadingMarker();

    [GeneratedRegex(@"^(\s*)(?:>\s?)+")]
    private static partial Regex ListOrQuoteMarker();

    [GeneratedRegex(@"^\s{0,3}([-*_])(\s*\1){2,}\s*$")]
    private static partial Regex HorizontalRule();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__|\*)(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex InlineCode();
}
