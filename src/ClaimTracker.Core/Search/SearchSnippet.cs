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

    public string ToHtml()
    {
        var html = new StringBuilder();
        var at = 0;
        foreach (var (start, end) in Highlights.Where(h => h.Start >= 0 && h.End <= Text.Length && h.Start < h.End).OrderBy(h => h.Start))
        {
            if (start < at)
            {
                continue;
            }

            html.Append(WebUtility.HtmlEncode(Text[at..start]));
            html.Append("<mark>").Append(WebUtility.HtmlEncode(Text[start..end])).Append("</mark>");
            at = end;
        }

        html.Append(WebUtility.HtmlEncode(Text[at..]));
        return html.ToString();
    }
}
