using System.Text.Encodings.Web;
using ClaimTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Html;

namespace ClaimTracker.Web.Tests.Infrastructure;

public sealed class OptionListTests
{
    private static string Html(IHtmlContent content, HtmlEncoder encoder)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, encoder);
        return writer.ToString();
    }

    [Fact]
    public void Selects_the_option_with_the_value_and_encodes_values_and_labels()
    {
        var list = new OptionList([new("1", "Ana <b>Ruiz</b>"), new("2\"", "Bo & Co")]);

        var html = Html(list.Selecting("2\""), HtmlEncoder.Default);

        Assert.Equal("<option value=\"1\">Ana &lt;b&gt;Ruiz&lt;/b&gt;</option><option value=\"2&quot;\" selected=\"selected\">Bo &amp; Co</option>", html);
    }

    [Fact]
    public void One_list_serves_pickers_with_different_selections()
    {
        var list = new OptionList([new("1", "One"), new("2", "Two")]);

        var (first, none) = (Html(list.Selecting("1"), HtmlEncoder.Default), Html(list.Selecting(null), HtmlEncoder.Default));

        Assert.Contains("<option value=\"1\" selected=\"selected\">One</option>", first, StringComparison.Ordinal);
        Assert.DoesNotContain("selected", none, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_go_through_the_page_encoder()
    {
        var list = new OptionList([new("1", "Ana\u202Egnol")]);

        var html = Html(list.Selecting(null), new VisibleControlsHtmlEncoder(HtmlEncoder.Default));

        Assert.Contains("Ana⟦U+202E⟧gnol", html, StringComparison.Ordinal);
    }
}
