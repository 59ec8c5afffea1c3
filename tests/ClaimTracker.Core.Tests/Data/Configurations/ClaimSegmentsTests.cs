using ClaimTracker.Core.Data.Configurations;
using ClaimTracker.Core.Domain;

namespace ClaimTracker.Core.Tests.Data.Configurations;

public sealed class ClaimSegmentsTests
{
    [Theory]
    [InlineData("[]", "")]
    [InlineData("[[3,9]]", "3-9")]
    [InlineData("[[3,9],[20,41]]", "3-9 20-41")]
    [InlineData(" [ [ 3 , 9 ] ] ", "3-9")]
    public void Reads_the_stored_pairs(string json, string expected)
    {
        var segments = ClaimConfiguration.ParseSegments(json);

        Assert.Equal(expected, string.Join(' ', segments.Select(s => $"{s.Start}-{s.End}")));
    }

    [Theory]
    [InlineData("[[1],[3,9]]")]
    [InlineData("[[1,2,3],[3,9]]")]
    [InlineData("[[\"a\",2],[3,9]]")]
    [InlineData("[[1.5,2],[3,9]]")]
    public void Skips_pairs_that_are_not_two_whole_numbers(string json)
    {
        var segments = ClaimConfiguration.ParseSegments(json);

        Assert.Equal([new TextRange(3, 9)], segments);
    }

    [Fact]
    public void Reads_long_lists_beyond_the_stack_buffer()
    {
        var pairs = Enumerable.Range(0, 200).Select(i => new TextRange(i * 10, i * 10 + 5)).ToList();
        var json = "[" + string.Join(',', pairs.Select(p => $"[{p.Start},{p.End}]")) + "]";

        Assert.Equal(pairs, ClaimConfiguration.ParseSegments(json));
    }
}
