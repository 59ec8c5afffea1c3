using ClaimTracker.Core.Matching;

namespace ClaimTracker.Core.Tests.Matching;

public sealed class MatchingTextTests
{
    [Theory]
    [InlineData("Taxes went up https://t.co/abc123 again", "Taxes went up again")]
    [InlineData("Look at this pic.twitter.com/Zx9 wow", "Look at this wow")]
    [InlineData("RT @CityDesk: the road is closed", "City Desk: the road is closed")]
    [InlineData("Vote #NoOnMeasureB today", "Vote No On Measure B today")]
    [InlineData("#COVID19 cases fell", "COVID 19 cases fell")]
    [InlineData("Read www.example.org/story now", "Read now")]
    public void Links_go_and_handles_and_hashtags_become_words(string text, string expected)
    {
        Assert.Equal(expected, MatchingText.Prepare(text));
    }

    [Fact]
    public void Very_long_text_is_cut_at_a_word_boundary()
    {
        var text = string.Join(' ', Enumerable.Repeat("budget", 1000));

        var prepared = MatchingText.Prepare(text);

        Assert.True(prepared.Length <= MatchingText.MaxCharacters);
        Assert.EndsWith("budget", prepared, StringComparison.Ordinal);
    }
}
