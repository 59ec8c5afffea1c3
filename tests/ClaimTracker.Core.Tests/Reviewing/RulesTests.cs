using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Reviewing;

namespace ClaimTracker.Core.Tests.Reviewing;

public sealed class LinkRulesTests
{
    [Theory]
    [InlineData("https://example.org/story", "https://example.org/story")]
    [InlineData("  http://Example.org  ", "http://example.org/")]
    public void Accepts_absolute_http_and_https_links(string input, string expected)
    {
        Assert.True(LinkRules.TryNormalizeUrl(input, out var url));
        Assert.Equal(expected, url);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("vbscript:msgbox")]
    [InlineData("/relative/path")]
    [InlineData("example.org/no-scheme")]
    [InlineData("ftp://files.example.org/a")]
    [InlineData("file:///etc/passwd")]
    [InlineData("mailto:desk@example.org")]
    [InlineData("")]
    [InlineData(null)]
    public void Rejects_javascript_data_relative_and_other_links(string? input)
    {
        Assert.False(LinkRules.TryNormalizeUrl(input, out _));
    }

    [Fact]
    public void Counts_supporting_links_once_per_publisher_falling_back_to_the_host()
    {
        var links = new (string, string?, LinkStance)[]
        {
            ("https://www.wire.example/a", null, LinkStance.Supports),
            ("https://wire.example/b", "", LinkStance.Supports),
            ("https://paper.example/c", "The Paper", LinkStance.Supports),
            ("https://mirror.example/c", "the paper", LinkStance.Supports),
            ("https://other.example/d", null, LinkStance.Contradicts),
            ("https://context.example/e", null, LinkStance.Context),
        };

        Assert.Equal(2, LinkRules.IndependentSupport(links));
    }

    [Fact]
    public void No_supporting_links_means_no_independent_support()
    {
        Assert.Equal(0, LinkRules.IndependentSupport([("https://a.example/", "A", LinkStance.Contradicts)]));
    }
}

public sealed class SpanRulesTests
{
    private const string Body = "He said the plan is dead, he added, and it will not return.";

    [Fact]
    public void Normalize_trims_whitespace_and_refuses_empty_or_out_of_range()
    {
        Assert.Equal(new TextRange(3, 7), SpanRules.Normalize(Body, 2, 8));
        Assert.Null(SpanRules.Normalize(Body, 2, 3));
        Assert.Null(SpanRules.Normalize(Body, 5, 5));
        Assert.Null(SpanRules.Normalize(Body, -1, 4));
        Assert.Null(SpanRules.Normalize(Body, 4, Body.Length + 1));
    }

    [Fact]
    public void Split_cuts_the_segment_containing_the_position()
    {
        var start = Body.IndexOf("the plan", StringComparison.Ordinal);
        var end = Body.IndexOf(',', StringComparison.Ordinal);
        var at = Body.IndexOf("is dead", StringComparison.Ordinal);

        var parts = SpanRules.Split(Body, [new TextRange(start, end)], at);

        Assert.NotNull(parts);
        Assert.Equal("the plan", SpanRules.TextOf(Body, parts.Value.Left));
        Assert.Equal("is dead", SpanRules.TextOf(Body, parts.Value.Right));
    }

    [Fact]
    public void Split_between_segments_keeps_them_whole()
    {
        var first = new TextRange(Body.IndexOf("the plan", StringComparison.Ordinal), Body.IndexOf(',', StringComparison.Ordinal));
        var second = new TextRange(Body.IndexOf("and it", StringComparison.Ordinal), Body.Length - 1);

        var parts = SpanRules.Split(Body, [first, second], Body.IndexOf("he added", StringComparison.Ordinal));

        Assert.Equal([first], parts!.Value.Left);
        Assert.Equal([second], parts.Value.Right);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void Split_at_the_edge_or_outside_is_refused(int at)
    {
        Assert.Null(SpanRules.Split(Body, [new TextRange(11, 24)], at));
    }

    [Fact]
    public void Merge_joins_neighbours_separated_by_whitespace_and_keeps_real_gaps()
    {
        var the = new TextRange(8, 11);
        var plan = new TextRange(12, 24);
        var tail = new TextRange(Body.IndexOf("and it", StringComparison.Ordinal), Body.Length - 1);

        Assert.Equal([new TextRange(8, 24)], SpanRules.Merge(Body, [the], [plan]));
        Assert.Equal([new TextRange(8, 24), tail], SpanRules.Merge(Body, [the, plan], [tail]));
        Assert.Equal("the plan is dead ... and it will not return", SpanRules.TextOf(Body, SpanRules.Merge(Body, [the, plan], [tail])));
    }
}
