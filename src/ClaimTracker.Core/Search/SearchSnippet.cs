using System.Net;
using System.Text;

namespace ClaimTracker.Core.Search;

/// <summary>
/// A piece of matched text with its highlighted ranges. The HTML is built by encoding the text first and
/// only then adding the <c>&lt;mark&gt;</c> tags, so nothing in the data can become markup.
/// </summary>
public sealed record SearchSnippet(string Text, IReadOnlyList<(int Start, int End)> Highlights)
{
    /// <summary>Markers FTS5's snippet() puts around matches; control characters never occur in stored text.</summary>
    public const char Open = '\u0002';

    public const char Close = '\u0003';

    public static SearchSnippet FromMarked(string marked)
    {
        var text = new StringBuilder(marked.Length);
        var highlights = new List<(int, int)>();
        var start = -1;
        foreach (var c in marked)
        {
            if (c == Open)
            {
                start = text.Length;
            }
            else if (c == Close)
            {
                if (start >= 0)
                {
                    highlights.Add((start, text.Length));
                }

                start = -1;
            }
            else
            {
                text.Append(c);
            }
        }

        return new SearchSnippet(text.ToString(), highlights);
    }

    /// <summary>The text in runs, each highlighted or not, for views that encode it themselves.</summary>
    public IEnumerable<(string Text, bool Highlighted)> Runs()
    {
        var at = 0;
        foreach (var (start, end) in Highlights.Where(h => h.Start >= 0 && h.End <= Text.Length && h.Start < h.End).OrderBy(h => h.Start))
        {
            if (start < at)
            {
                continue;
            }

            if (start > at)
            {
                yield return (Text[at..start], false);
            }

            yield return (Text[start..end], true);
            at = end;
        }

        if (at < Text.Length)
        {
            yield return (Text[at..], false);
        }
    }

    public string ToHtml()
    {
        var html = new StringBuilder();
        foreach (var (text, highlighted) in Runs())
        {
            var encoded = WebUtility.HtmlEncode(text);
            html.Append(highlighted ? $"<mark>{encoded}</mark>" : encoded);
        }

        return html.ToString();
    }
}
