using System.Text.Encodings.Web;
using ClaimTracker.Web.Infrastructure;

namespace ClaimTracker.Web.Tests.Infrastructure;

public sealed class OptionListTests
{
    private static OptionList Numbers(params string[] labels) =>
        new([.. labels.Select((label, i) => new OptionList.Choice((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), label))], HtmlEncoder.Default);

    [Fact]
    public void Selects_the_option_with_the_value_and_encodes_values_and_labels()
    {
        var list = new OptionList([new("1", "Ana <b>Ruiz</b>"), new("2\"", "Bo & Co")], HtmlEncoder.Default);

        var html = list.Selecting("2\"").Render(HtmlEncoder.Default);

        Assert.Equal("<option value=\"1\">Ana &lt;b&gt;Ruiz&lt;/b&gt;</option><option value=\"2&quot;\" selected=\"selected\">Bo &amp; Co</option>", html);
    }

    [Fact]
    public void One_list_serves_pickers_with_different_selections()
    {
        var list = Numbers("One", "Two");

        var (first, none) = (list.Selecting("1").Render(), list.Selecting(null).Render());

        Assert.Equal("<option value=\"1\" selected=\"selected\">One</option><option value=\"2\">Two</option>", first);
        Assert.DoesNotContain("selected", none, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_go_through_the_encoder_it_was_built_with()
    {
        var list = new OptionList([new("1", "Ana\u202Egnol")], new VisibleControlsHtmlEncoder(HtmlEncoder.Default));

        var html = list.Selecting(null).Render();

        Assert.Contains("Ana⟦U+202E⟧gnol", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", "<option value=\"1\" selected=\"selected\">A</option><option value=\"3\">C</option><option value=\"5\">E</option>")]
    [InlineData("3", "<option value=\"1\">A</option><option value=\"3\" selected=\"selected\">C</option><option value=\"5\">E</option>")]
    [InlineData("5", "<option value=\"1\">A</option><option value=\"3\">C</option><option value=\"5\" selected=\"selected\">E</option>")]
    [InlineData("4", "<option value=\"1\">A</option><option value=\"3\">C</option><option value=\"5\">E</option>")]
    public void Leaves_out_the_excepted_options_and_never_selects_one(string selected, string expected)
    {
        var list = Numbers("A", "B", "C", "D", "E");

        var html = list.Selecting(selected, except: ["4", "2", "nine"]).Render();

        Assert.Equal(expected, html);
    }

    [Fact]
    public async Task Writes_the_same_markup_asynchronously()
    {
        var list = Numbers("One", "Two", "Three");
        var content = (Microsoft.AspNetCore.Html.IHtmlAsyncContent)list.Selecting("3", except: ["2"]);
        using var writer = new StringWriter();

        await content.WriteToAsync(writer);

        Assert.Equal(content.Render(), writer.ToString());
        Assert.Equal("<option value=\"1\">One</option><option value=\"3\" selected=\"selected\">Three</option>", writer.ToString());
    }
}
