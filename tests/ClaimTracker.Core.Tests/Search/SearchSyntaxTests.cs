using ClaimTracker.Core.Search;

namespace ClaimTracker.Core.Tests.Search;

public sealed class SearchSyntaxTests
{
    [Theory]
    [InlineData("budget", "(\"budget\")")]
    [InlineData("bridge repairs", "(\"bridge\" AND \"repairs\")")]
    [InlineData("\"bridge repairs\" May", "(\"bridge repairs\" AND \"May\")")]
    [InlineData("budget OR spending", "(\"budget\" OR \"spending\")")]
    [InlineData("budget -rumour", "(\"budget\") NOT \"rumour\"")]
    [InlineData("budget NOT rumour", "(\"budget\") NOT \"rumour\"")]
    [InlineData("budg*", "(\"budg\"*)")]
    [InlineData("Iran's U.S.", "(\"Iran's\" AND \"U.S.\")")]
    [InlineData("say \"\"quoted\"\"", "(\"say\" AND \"quoted\")")]
    public void Turns_what_people_type_into_a_quoted_fts5_expression(string input, string expected)
    {
        Assert.True(SearchSyntax.TryParse(input, out var terms, out var error), error);

        Assert.Equal(expected, SearchSyntax.ToFts5(terms));
    }

    [Theory]
    [InlineData("\"bridge repairs", "not closed")]
    [InlineData("OR budget", "needs a word before it")]
    [InlineData("budget OR", "ends with OR or NOT")]
    [InlineData("-rumour", "not only words to leave out")]
    public void Explains_queries_it_cannot_run(string input, string message)
    {
        Assert.False(SearchSyntax.TryParse(input, out _, out var error));

        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Punctuation_only_is_an_empty_search()
    {
        Assert.True(SearchSyntax.TryParse(" ... ; ", out var terms, out _));

        Assert.Empty(terms);
    }
}
