using System.Text.Encodings.Web;
using ClaimTracker.Web.Infrastructure;

namespace ClaimTracker.Web.Tests.Infrastructure;

public sealed class OptionListTests
{
    [Fact]
    public void Selects_the_option_with_the_value_and_encodes_values_and_labels()
    {
        var list = new OptionList([new("1", "Ana <b>Ruiz</b>"), new("2\"", "Bo & Co")]);

        var html = list.Selecting("2\"").Render(HtmlEncoder.Default);

        Assert.Equal("<option value=\"1\">Ana &lt;b&gt;Ruiz&lt;/b&gt;</option><option value=\"2&quot;\" selected=\"selected\">Bo &amp; Co</option>", html);
    }

    [Fact]
    public void One_list_serves_pickers_with_different_selections()
    {
        var list = new OptionList([new("1", "One"), new("2", "Two")]);

        var (first, none) = (list.Selecting("1").Render(HtmlEncoder.Default), list.Selecting(null).Render(HtmlEncoder.Default));

        Assert.Contains("<option value=\"1\" selected=\"selected\">One</option>", first, StringComparison.Ordinal);
        Assert.DoesNotContain("selected", none, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_go_through_the_page_encoder()
    {
        var list = new OptionList([new("1", "Ana\u202Egnol")]);

        var html = list.Selecting(null).Render(new VisibleControlsHtmlEncoder(HtmlEncoder.Default));

        Assert.Contains("Ana⟦U+202E⟧gnol", html, StringComparison.Ordinal);
    }
}
