using ClaimTracker.Core.Matching;

namespace ClaimTracker.Core.Tests.Matching;

public sealed class ClaimContrastTests
{
    [Theory]
    [InlineData("Unemployment rose to 5% last year.", "Unemployment fell to 5% last year.")]
    [InlineData("The team won the final.", "The team lost the final.")]
    [InlineData("Rents increased sharply in the capital.", "Rents decreased sharply in the capital.")]
    [InlineData("The council will raise the parking fee.", "The council will cut the parking fee.")]
    [InlineData("More people cycle to work than before.", "Fewer people cycle to work than before.")]
    [InlineData("The economy is growing.", "The economy is shrinking.")]
    public void Opposite_direction_words_are_flagged(string first, string second)
    {
        var contrast = ClaimContrast.Compare(first, second);

        Assert.True(contrast.DirectionDiffers);
        Assert.False(contrast.NumbersDiffer);
        Assert.False(contrast.NegationDiffers);
    }

    [Theory]
    [InlineData("The ferry company made a profit last year.", "The ferry company made a loss last year.")]
    [InlineData("The bakery chain reported gains in the spring.", "The bakery chain reported losses in the spring.")]
    [InlineData("The province ran a surplus in 2023.", "The province ran a deficit in 2023.")]
    [InlineData("The council approved the harbour plan.", "The council rejected the harbour plan.")]
    [InlineData("The board accepted the offer from Velmont.", "The board refused the offer from Velmont.")]
    [InlineData("Mara Quist wins the district seat.", "Mara Quist loses the district seat.")]
    [InlineData("The union claimed victory in the pay dispute.", "The union admitted defeat in the pay dispute.")]
    public void Opposite_poles_of_balance_contest_and_decision_are_flagged(string first, string second)
    {
        var contrast = ClaimContrast.Compare(first, second);

        Assert.True(contrast.DirectionDiffers);
        Assert.False(contrast.NegationDiffers);
    }

    [Theory]
    [InlineData("The ferry company made a profit.", "Ticket sales rose.")]
    [InlineData("The council approved the harbour plan.", "The harbour plan lost money.")]
    [InlineData("The province turned its deficit into a surplus.", "The province ran a surplus.")]
    public void Words_of_different_scales_or_both_poles_of_one_scale_are_not_flagged(string first, string second)
    {
        Assert.False(ClaimContrast.Compare(first, second).DirectionDiffers);
    }

    [Theory]
    [InlineData("The senator entered the stadium without paying.", "The senator entered the stadium.")]
    [InlineData("The bill passed without a vote.", "The bill passed.")]
    [InlineData("Tenants were moved out without notice.", "Tenants were moved out with one day's notice.")]
    public void Without_heading_a_phrase_of_manner_does_not_negate_the_claim(string first, string second)
    {
        Assert.False(ClaimContrast.Compare(first, second).NegationDiffers);
    }

    [Fact]
    public void A_negated_claim_with_a_without_phrase_is_still_a_negation()
    {
        var contrast = ClaimContrast.Compare("The senator entered the stadium without paying.", "The senator did not enter the stadium without paying.");

        Assert.True(contrast.NegationDiffers);
    }

    [Fact]
    public void Direction_is_not_flagged_when_the_other_text_has_both_directions()
    {
        var contrast = ClaimContrast.Compare("Prices rose.", "Prices rose in May and fell in June.");

        Assert.False(contrast.DirectionDiffers);
    }

    [Theory]
    [InlineData("Unemployment is at 5%.", "Unemployment is at 7%.")]
    [InlineData("The bridge cost 1,200 dollars.", "The bridge cost 1,300 dollars.")]
    [InlineData("Inflation reached 2.5 percent.", "Inflation reached 3.5 percent.")]
    [InlineData("Five people were hurt.", "Six people were hurt.")]
    [InlineData("The city has two million residents.", "The city has three million residents.")]
    public void Different_figures_are_flagged(string first, string second)
    {
        Assert.True(ClaimContrast.Compare(first, second).NumbersDiffer);
    }

    [Theory]
    [InlineData("Five people were hurt.", "5 people were hurt.")]
    [InlineData("Unemployment is at 5%.", "Unemployment is at five percent.")]
    [InlineData("The bridge cost 1,200 dollars.", "The bridge cost 1200 dollars.")]
    [InlineData("The city has two million residents.", "The city has 2,000,000 residents.")]
    [InlineData("The city has 2 million residents.", "The city has two million residents.")]
    [InlineData("Fares rose by 5%.", "Fares went up.")]
    public void The_same_figure_written_differently_or_missing_on_one_side_is_not_flagged(string first, string second)
    {
        Assert.False(ClaimContrast.Compare(first, second).NumbersDiffer);
    }

    [Theory]
    [InlineData("The vaccine is safe.", "The vaccine is not safe.")]
    [InlineData("The vaccine is safe.", "The vaccine isn't safe.")]
    [InlineData("The vaccine is safe.", "The vaccine isn\u2019t safe.")]
    [InlineData("The minister met the envoy.", "The minister denied meeting the envoy.")]
    [InlineData("He has paid taxes.", "He has never paid taxes.")]
    [InlineData("The school got new funding.", "The school got no new funding.")]
    public void A_negation_on_one_side_only_is_flagged(string first, string second)
    {
        Assert.True(ClaimContrast.Compare(first, second).NegationDiffers);
    }

    [Theory]
    [InlineData("The mayor said no new taxes.", "The mayor promised no new taxes.")]
    [InlineData("It is not true that the plant closed.", "The claim that the plant closed is not true.")]
    [InlineData("Neither the mayor nor the council knew.", "The mayor did not know and the council did not know either, it was never said.")]
    public void Negation_is_compared_by_parity(string first, string second)
    {
        Assert.False(ClaimContrast.Compare(first, second).NegationDiffers);
    }

    [Theory]
    [InlineData("Unemployment climbed to 5%.", "The jobless rate went up to five percent.")]
    [InlineData("The mayor said no new taxes.", "The mayor promised no new taxes.")]
    [InlineData("The city's bus fleet is now entirely electric.", "All of the buses in the city run on electricity.")]
    [InlineData("Ferry tickets will cost more from next month.", "Ferry fares will rise next month.")]
    public void True_paraphrases_raise_no_flag(string first, string second)
    {
        var contrast = ClaimContrast.Compare(first, second);

        Assert.False(contrast.Any, $"Unexpected {contrast}");
    }

    [Fact]
    public void Wont_is_a_negation_and_not_a_win()
    {
        var contrast = ClaimContrast.Compare("The party won the vote.", "The party won't win the vote.");

        Assert.True(contrast.NegationDiffers);
        Assert.False(contrast.DirectionDiffers);
    }
}
