using System.Text.Encodings.Web;
using ClaimTracker.Core.Domain;
using ClaimTracker.Web.Infrastructure;
using ClaimTracker.Web.Pages.Articles;

namespace ClaimTracker.Web.Tests.Pages.Articles;

public sealed class ClaimListHtmlTests
{
    private static DetailsModel.ClaimRow Row(int ordinal, string text, ClaimKind kind, string? source = null, string? cue = null,
        ContestedStatus contested = ContestedStatus.Uncontested, Rating rating = Rating.Unrated, bool reviewed = false) =>
        new(ordinal * 10, ordinal, 0, text.Length, [], text, kind, cue, source, null, null,
            source is null ? null : new DetailsModel.SourceOption(ordinal, source, SourceKind.Person), null, "mayor",
            kind == ClaimKind.Unattributed ? SourcingType.Unattributed : SourcingType.NamedOnRecord, contested, rating, reviewed);

    [Fact]
    public void Lists_each_claim_with_its_status_rating_source_and_cue()
    {
        var claims = new[]
        {
            Row(1, "Taxes will fall", ClaimKind.Indirect, "Ana Ruiz", "said", ContestedStatus.Denied, Rating.False),
            Row(2, "Prices rose", ClaimKind.Unattributed, reviewed: true),
        };

        var html = ClaimListHtml.Render(claims, HtmlEncoder.Default).Selecting(null).Render();

        Assert.Contains("<li id=\"claim-1\" data-claim=\"1\" class=\"claim-item border-bottom py-2\">", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"chip st-denied\">Denied</span> <span class=\"chip rating\">False</span>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Ana Ruiz</strong>, mayor <span class=\"text-muted\">— said</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"chip st-reviewed\">Reviewed</span>", html, StringComparison.Ordinal);
        Assert.Equal(1, ReviewData.Occurrences(html, "<strong>"));
    }

    [Fact]
    public void Text_and_names_are_encoded_with_the_page_encoder()
    {
        var claims = new[] { Row(1, "<script>alert(1)</script>", ClaimKind.Direct, "Ana\u202E", "said") };

        var html = ClaimListHtml.Render(claims, new VisibleControlsHtmlEncoder(HtmlEncoder.Default)).Selecting(null).Render();

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Ana⟦U+202E⟧", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_selected_claims_panel_goes_inside_its_item()
    {
        var list = ClaimListHtml.Render([Row(1, "One", ClaimKind.Unattributed), Row(2, "Two", ClaimKind.Unattributed)], HtmlEncoder.Default);

        var page = list.Before(2).Render() + "<div id=\"claim-panel\"></div>" + list.After(2).Render();

        Assert.Contains("class=\"claim-item border-bottom py-2 selected\">", page, StringComparison.Ordinal);
        Assert.Matches("<li id=\"claim-2\"[^>]*selected\">.*Two</span></a><div id=\"claim-panel\"></div></li>", page);
        Assert.Equal(1, ReviewData.Occurrences(page, " selected"));
    }
}
