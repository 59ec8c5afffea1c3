using System.Text.Encodings.Web;
using ClaimTracker.Core.Domain;
using ClaimTracker.Web.Pages.Articles;

namespace ClaimTracker.Web.Tests.Pages.Articles;

public sealed class ArticleHighlighterTests
{
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

        var html = ArticleHighlighter.Render(body, marks, HtmlEncoder.Default).Selecting(2).Render();

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

        var html = ArticleHighlighter.Render(body, marks, HtmlEncoder.Default).Selecting(null).Render();

        Assert.Equal(body, Text(html));
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Spans_outside_the_body_are_clamped_not_thrown()
    {
        var html = ArticleHighlighter.Render("short", [new ArticleHighlighter.Mark(1, [new TextRange(3, 99)], -4, 2, true, "st-open")], HtmlEncoder.Default).Selecting(null).Render();

        Assert.Equal("short", Text(html));
    }

    [Fact]
    public void Where_spans_overlap_the_earlier_claim_wins_and_the_later_resumes_after_it()
    {
        const string body = "0123456789";
        var marks = new[]
        {
            new ArticleHighlighter.Mark(2, [new TextRange(0, 8)], null, null, true, "st-open"),
            new ArticleHighlighter.Mark(1, [new TextRange(3, 5)], 2, 4, true, "st-denied"),
        };

        var html = ArticleHighlighter.Render(body, marks, HtmlEncoder.Default).Selecting(1).Render();

        Assert.Equal(
            "<a href=\"?claim=2#claim-2\" class=\"claim-span attributed st-open\" data-claim=\"2\" draggable=\"false\">01</a>"
            + "<a href=\"?claim=2#claim-2\" class=\"claim-span attributed st-open mention\" data-claim=\"2\" draggable=\"false\">2</a>"
            + "<a href=\"?claim=1#claim-1\" class=\"claim-span attributed st-denied mention selected\" data-claim=\"1\" draggable=\"false\">3</a>"
            + "<a href=\"?claim=1#claim-1\" class=\"claim-span attributed st-denied selected\" data-claim=\"1\" draggable=\"false\">4</a>"
            + "<a href=\"?claim=2#claim-2\" class=\"claim-span attributed st-open\" data-claim=\"2\" draggable=\"false\">567</a>"
            + "89", html);
    }

    [Fact]
    public void Adjacent_segments_of_one_claim_form_one_link()
    {
        var marks = new[] { new ArticleHighlighter.Mark(1, [new TextRange(0, 2), new TextRange(2, 4)], null, null, false, "st-open") };

        var html = ArticleHighlighter.Render("abcdef", marks, HtmlEncoder.Default).Selecting(null).Render();

        Assert.Equal("<a href=\"?claim=1#claim-1\" class=\"claim-span unattributed st-open\" data-claim=\"1\" draggable=\"false\">abcd</a>ef", html);
    }

    [Fact]
    public void Text_between_spans_is_encoded_with_the_page_encoder()
    {
        var marks = new[] { new ArticleHighlighter.Mark(1, [new TextRange(0, 1)], null, null, false, "st-open") };

        var html = ArticleHighlighter.Render("a<script>\u202E", marks, new ClaimTracker.Web.Infrastructure.VisibleControlsHtmlEncoder(HtmlEncoder.Default)).Selecting(null).Render();

        Assert.EndsWith("&lt;script&gt;⟦U+202E⟧", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Marks_every_claim_of_a_very_long_article()
    {
        var body = string.Concat(Enumerable.Repeat("Tax rose. ", 20_000));
        var marks = Enumerable.Range(0, 20_000)
            .Select(i => new ArticleHighlighter.Mark(i + 1, [new TextRange(i * 10, (i * 10) + 9)], i * 10, (i * 10) + 3, true, "st-open"))
            .ToList();

        var html = ArticleHighlighter.Render(body, marks, HtmlEncoder.Default).Selecting(20_000).Render();

        Assert.Equal(body, Text(html));
        Assert.Equal(40_000, System.Text.RegularExpressions.Regex.Count(html, "<a "));
        Assert.Contains("class=\"claim-span attributed st-open selected\" data-claim=\"20000\" draggable=\"false\"> rose.</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void One_rendering_shows_any_claim_selected()
    {
        const string body = "Ana said tax rose. Bo said it fell.";
        var marks = new[]
        {
            new ArticleHighlighter.Mark(1, [new TextRange(9, 18)], 0, 3, true, "st-open"),
            new ArticleHighlighter.Mark(2, [new TextRange(26, 34)], 19, 21, true, "st-open"),
        };
        var text = ArticleHighlighter.Render(body, marks, HtmlEncoder.Default);

        var first = text.Selecting(1).Render();
        var second = text.Selecting(2).Render();
        var none = text.Selecting(99).Render();

        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(first, "mention selected\" data-claim=\"1\"|st-open selected\" data-claim=\"1\""));
        Assert.DoesNotContain("selected\" data-claim=\"2\"", first, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(second, " selected\" data-claim=\"2\""));
        Assert.DoesNotContain("selected", none, StringComparison.Ordinal);
        Assert.All(new[] { first, second, none }, html => Assert.Equal(body, Text(html)));
    }
}
