using System.Text.Encodings.Web;
using ClaimTracker.Web.Infrastructure;

namespace ClaimTracker.Web.Tests.Infrastructure;

public sealed class SelectableHtmlTests
{
    private static SelectableHtml TwoItems() => new SelectableHtml.Builder(HtmlEncoder.Default)
        .Raw("<li class=\"item").ClassEnd(1).Raw("\">").Text("one & only").ContentPlace(1).Raw("</li>")
        .Raw("<li class=\"item").ClassEnd(2).Raw("\">").Text("<two>").ContentPlace(2).Raw("</li>")
        .Build();

    [Fact]
    public void Text_is_encoded_and_markup_is_kept()
    {
        Assert.Equal("<li class=\"item\">one &amp; only</li><li class=\"item\">&lt;two&gt;</li>", TwoItems().Selecting(null).Render());
    }

    [Fact]
    public void Before_and_after_surround_the_selected_items_content_place()
    {
        var html = TwoItems();

        var page = html.Before(1).Render() + "[panel]" + html.After(1).Render();

        Assert.Equal("<li class=\"item selected\">one &amp; only[panel]</li><li class=\"item\">&lt;two&gt;</li>", page);
    }

    [Fact]
    public void Without_a_selection_before_is_everything_and_after_is_nothing()
    {
        var html = TwoItems();

        Assert.Equal(html.Selecting(null).Render(), html.Before(null).Render());
        Assert.Equal(string.Empty, html.After(99).Render());
        Assert.DoesNotContain("selected", html.Before(99).Render(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_the_same_markup_asynchronously()
    {
        var html = TwoItems();
        var before = (Microsoft.AspNetCore.Html.IHtmlAsyncContent)html.Before(2);
        var after = (Microsoft.AspNetCore.Html.IHtmlAsyncContent)html.After(2);
        using var writer = new StringWriter();

        await before.WriteToAsync(writer);
        await after.WriteToAsync(writer);

        Assert.Equal(html.Before(2).Render() + html.After(2).Render(), writer.ToString());
        Assert.Contains("<li class=\"item selected\">&lt;two&gt;</li>", writer.ToString(), StringComparison.Ordinal);
    }
}
