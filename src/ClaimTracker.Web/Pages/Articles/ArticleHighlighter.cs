using System.Text.Encodings.Web;
using ClaimTracker.Core.Domain;
using ClaimTracker.Web.Infrastructure;

namespace ClaimTracker.Web.Pages.Articles;

/// <summary>
/// Renders the article body with claim spans and source mentions marked up server-side. Text is encoded with
/// the page's <see cref="HtmlEncoder"/>; only our own tags and class names are raw.
/// The output's text content is exactly the body, so selection offsets in the browser are body offsets.
/// </summary>
public static class ArticleHighlighter
{
    public sealed record Mark(int Ordinal, IReadOnlyList<TextRange> Segments, int? MentionStart, int? MentionEnd, bool Attributed, string StatusClass);

    /// <summary>
    /// Marks up <paramref name="body"/> once, encoded with <paramref name="encoder"/> (the page's); the result can be
    /// shown with any claim selected without rendering again, so it can be kept while the claims do not change.
    /// </summary>
    public static SelectableHtml Render(string body, IReadOnlyList<Mark> marks, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(marks);
        ArgumentNullException.ThrowIfNull(encoder);
        var byOrdinal = marks.DistinctBy(m => m.Ordinal).ToDictionary(m => m.Ordinal);
        var html = new SelectableHtml.Builder(encoder, body.Length * 2);
        foreach (var run in Runs(body.Length, marks))
        {
            if (run.Claim == 0 && run.Mention == 0)
            {
                html.Text(body, run.Start, run.End - run.Start);
                continue;
            }

            var ordinal = run.Claim != 0 ? run.Claim : run.Mention;
            html.Raw("<a href=\"?claim=").Raw(ordinal).Raw("#claim-").Raw(ordinal).Raw("\" class=\"");
            if (run.Claim != 0)
            {
                var mark = byOrdinal[run.Claim];
                html.Raw(mark.Attributed ? "claim-span attributed " : "claim-span unattributed ").Raw(mark.StatusClass);
            }
            else
            {
                html.Raw("claim-source");
            }

            if (run.Mention != 0)
            {
                html.Raw(" mention");
            }

            // Not draggable, so dragging across highlighted text selects it (to add a claim) instead of dragging a link.
            html.ClassEnd(ordinal)
                .Raw("\" data-claim=\"").Raw(ordinal).Raw("\" draggable=\"false\">")
                .Text(body, run.Start, run.End - run.Start)
                .Raw("</a>");
        }

        return html.Build();
    }

    /// <summary>The CSS class a claim's status colours it with: denied, contested, reviewed or open.</summary>
    public static string StatusClass(ContestedStatus contested, bool reviewed) => contested switch
    {
        ContestedStatus.Denied => "st-denied",
        ContestedStatus.Contested => "st-contested",
        _ => reviewed ? "st-reviewed" : "st-open",
    };

    /// <summary>
    /// Cuts the body at every span edge and gives each piece the claim and the mention covering it. Where spans
    /// overlap, the lower ordinal (the earlier claim) wins. Works on the edges rather than on every character, so a
    /// long article costs no per-character arrays.
    /// </summary>
    private static List<Run> Runs(int length, IReadOnlyList<Mark> marks)
    {
        var claims = new List<Span>(marks.Count);
        var mentions = new List<Span>(marks.Count);
        foreach (var mark in marks)
        {
            foreach (var segment in mark.Segments)
            {
                Add(claims, segment.Start, segment.End, mark.Ordinal, length);
            }

            if (mark is { MentionStart: { } ms, MentionEnd: { } me })
            {
                Add(mentions, ms, me, mark.Ordinal, length);
            }
        }

        var edges = new List<int>(2 * (claims.Count + mentions.Count) + 2) { 0, length };
        foreach (var span in claims.Concat(mentions))
        {
            edges.Add(span.Start);
            edges.Add(span.End);
        }

        edges.Sort();
        var (claimSweep, mentionSweep) = (new Sweep(claims), new Sweep(mentions));
        var runs = new List<Run>(edges.Count);
        for (var i = 0; i + 1 < edges.Count; i++)
        {
            var (start, end) = (edges[i], edges[i + 1]);
            if (start == end)
            {
                continue;
            }

            var (claim, mention) = (claimSweep.CoveringAt(start), mentionSweep.CoveringAt(start));
            if (runs.Count > 0 && runs[^1] is { } last && last.Claim == claim && last.Mention == mention)
            {
                runs[^1] = last with { End = end };
            }
            else
            {
                runs.Add(new Run(start, end, claim, mention));
            }
        }

        return runs;
    }

    private static void Add(List<Span> spans, int start, int end, int ordinal, int length)
    {
        start = Math.Clamp(start, 0, length);
        end = Math.Clamp(end, start, length);
        if (end > start && ordinal != 0)
        {
            spans.Add(new Span(start, end, ordinal));
        }
    }

    /// <summary>
    /// Walks the spans in start order as the edges advance, keeping only those still open, so an article with
    /// tens of thousands of claims costs n log n rather than claims × edges.
    /// </summary>
    private sealed class Sweep(List<Span> spans)
    {
        private readonly List<Span> _byStart = [.. spans.OrderBy(s => s.Start)];
        private readonly List<Span> _open = [];
        private int _next;

        /// <summary>The lowest ordinal covering <paramref name="at"/>; positions must be asked in increasing order.</summary>
        public int CoveringAt(int at)
        {
            while (_next < _byStart.Count && _byStart[_next].Start <= at)
            {
                _open.Add(_byStart[_next++]);
            }

            _open.RemoveAll(span => span.End <= at);
            var best = 0;
            foreach (var span in _open)
            {
                if (best == 0 || span.Ordinal < best)
                {
                    best = span.Ordinal;
                }
            }

            return best;
        }
    }

    private readonly record struct Span(int Start, int End, int Ordinal);

    private readonly record struct Run(int Start, int End, int Claim, int Mention);
}
