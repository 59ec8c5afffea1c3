using ClaimTracker.Core.Search;

namespace ClaimTracker.Core.Tests.Search;

public sealed class SearchSnippetTests
{
    [Fact]
    public void Encodes_the_text_before_adding_highlights()
    {
        var snippet = SearchSnippet.FromMarked("a <script>alert(1)</script> said \u0002budget\u0003 & more");

        var html = snippet.ToHtml();

        Assert.Equal("a &lt;script&gt;alert(1)&lt;/script&gt; said <mark>budget</mark> &amp; more", html);
    }

    [Fact]
    public void Marked_text_becomes_plain_text_with_ranges()
    {
        var snippet = SearchSnippet.FromMarked("the \u0002port\u0003 and the \u0002Port\u0003 Authority");

        Assert.Equal("the port and the Port Authority", snippet.Text);
        Assert.Equal([(4, 8), (17, 21)], snippet.Highlights);
    }
}
