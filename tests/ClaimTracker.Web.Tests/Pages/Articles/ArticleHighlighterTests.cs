using System.Text.Encodings.Web;
using ClaimTracker.Core.Domain;
using ClaimTracker.Web.Pages.Articles;
using Microsoft.AspNetCore.Html;

namespace ClaimTracker.Web.Tests.Pages.Articles;

public sealed class ArticleHighlighterTests
{
    private static string Html(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    private static string Text(string html) => System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", ""));

    [Fact]
    public void Marks_claims_by_status_and_attribution_and_underlines_the_source()
    {
        const string body = "Ana said the dam is safe. Rain fell.";
        var marks = new[]
        {
            new ArticleHighlighter.Mark(1, [new TextRange(9, 24)], 0, 3, Attributed: true, ArticleHighlighter.StatusClass(ContestedStatus.Denied, reviewed: false)),
            new ArticleHighlighter.Mark(2, [new TextRange(26, 36)], null, null, Attributed: false, ArticleHighlighter.StatusClass(ContestedStatus.Uncontested, reviewed: true)),
        };

        var html = Html(ArticleHighlighter.Render(body, marks, selected: 2));

        Assert.Equal("<a href=\"?claim=1#claim-1\" class=\"claim-source mention\" data-claim=\"1\" draggable=\"false\">Ana</a> said "
            + "<a href=\"?claim=1#claim-1\" class=\"claim-span attributed st-denied\" data-claim=\"1\" draggable=\"false\">the dam is safe</a>. "
            + "<a href=\"?claim=2#claim-2\" class=\"claim-span unattributed st-reviewed selected\" data-claim=\"2\" draggable=\"false\">Rain fell.</a>", html);
    }

    [Fact]
    public void The_text_content_is_exactly_the_body_so_selection_offsets_match()
    {
        const string body = "A \"quote\" <b>not markup</b> & more\nsecond line é 😀 end";
        var marks = new[]
        {
            new ArticleHighlighter.Mark(1, [new TextRange(2, 9), new TextRange(30, 41)], 10, 27, true, "st-open"),
            new ArticleHighlighter.Mark(2, [new TextRange(5, 20)], null, null, false, "st-open"),
        };

        var html = Html(ArticleHighlighter.Render(body, marks, selected: null));

        Assert.Equal(body, Text(html));
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Spans_outside_the_body_are_clamped_not_thrown()
    {
        var html = Html(ArticleHighlighter.Render("short", [new ArticleHighlighter.Mark(1, [new TextRange(3, 99)], -4, 2, true, "st-open")], null));

        Assert.Equal("short", Text(html));
    }
}
