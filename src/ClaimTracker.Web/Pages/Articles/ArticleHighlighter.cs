using System.Globalization;
using ClaimTracker.Core.Domain;
using Microsoft.AspNetCore.Html;

namespace ClaimTracker.Web.Pages.Articles;

/// <summary>
/// Renders the article body with claim spans and source mentions marked up server-side. Text goes through
/// <see cref="HtmlContentBuilder.Append(string)"/> (encoded); only our own tags and class names are raw.
/// The output's text content is exactly the body, so selection offsets in the browser are body offsets.
/// </summary>
public static class ArticleHighlighter
{
    public sealed record Mark(int Ordinal, IReadOnlyList<TextRange> Segments, int? MentionStart, int? MentionEnd, bool Attributed, string StatusClass);

    public static IHtmlContent Render(string body, IReadOnlyList<Mark> marks, int? selected)
    {
        var claimAt = new int[body.Length];
        var mentionAt = new int[body.Length];
        foreach (var mark in marks.OrderByDescending(m => m.Ordinal))
        {
            // Lower ordinals are written last, so where spans overlap the earlier claim wins.
            foreach (var segment in mark.Segments)
            {
                Fill(claimAt, segment.Start, segment.End, mark.Ordinal);
            }

            if (mark is { MentionStart: { } ms, MentionEnd: { } me })
            {
                Fill(mentionAt, ms, me, mark.Ordinal);
            }
        }

        var byOrdinal = marks.ToDictionary(m => m.Ordinal);
        var html = new HtmlContentBuilder();
        var at = 0;
        while (at < body.Length)
        {
            var end = at + 1;
            while (end < body.Length && claimAt[end] == claimAt[at] && mentionAt[end] == mentionAt[at])
            {
                end++;
            }

            var text = body[at..end];
            var (claim, mention) = (claimAt[at], mentionAt[at]);
            if (claim == 0 && mention == 0)
            {
                html.Append(text);
            }
            else
            {
                var ordinal = claim != 0 ? claim : mention;
                var classes = claim != 0
                    ? $"claim-span {(byOrdinal[claim].Attributed ? "attributed" : "unattributed")} {byOrdinal[claim].StatusClass}"
                    : "claim-source";
                if (mention != 0)
                {
                    classes += " mention";
                }

                if (ordinal == selected)
                {
                    classes += " selected";
                }

                var n = ordinal.ToString(CultureInfo.InvariantCulture);
                // Not draggable, so dragging across highlighted text selects it (to add a claim) instead of dragging a link.
                html.AppendHtml($"<a href=\"?claim={n}#claim-{n}\" class=\"{classes}\" data-claim=\"{n}\" draggable=\"false\">");
                html.Append(text);
                html.AppendHtml("</a>");
            }

            at = end;
        }

        return html;
    }

    /// <summary>The CSS class a claim's status colours it with: denied, contested, reviewed or open.</summary>
    public static string StatusClass(ContestedStatus contested, bool reviewed) => contested switch
    {
        ContestedStatus.Denied => "st-denied",
        ContestedStatus.Contested => "st-contested",
        _ => reviewed ? "st-reviewed" : "st-open",
    };

    private static void Fill(int[] target, int start, int end, int value)
    {
        start = Math.Clamp(start, 0, target.Length);
        end = Math.Clamp(end, start, target.Length);
        Array.Fill(target, value, start, end - start);
    }
}
