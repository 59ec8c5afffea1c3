using ClaimTracker.Core.Reports;

namespace ClaimTracker.Core.Tests.Reports;

public sealed class ReportSlugTests
{
    [Theory]
    [InlineData("Harbour fares to rise, mayor says", "harbour-fares-to-rise-mayor-says")]
    [InlineData("  Café prices: 20% up!  ", "cafe-prices-20-up")]
    [InlineData("Bridge <b>costs</b> double", "bridge-b-costs-b-double")]
    [InlineData("Москва отвечает", "москва-отвечает")]
    [InlineData("<>!?", null)]
    [InlineData("", null)]
    public void Slug_keeps_letters_and_digits_joined_by_hyphens(string title, string? expected) =>
        Assert.Equal(expected, ReportSlug.From(title));

    [Fact]
    public void Long_title_is_cut_at_a_word_boundary()
    {
        var title = string.Join(' ', Enumerable.Repeat("harbour", 20));

        var slug = ReportSlug.From(title)!;

        Assert.True(slug.Length <= ReportSlug.MaxLength, slug);
        Assert.EndsWith("harbour", slug, StringComparison.Ordinal);
    }
}
