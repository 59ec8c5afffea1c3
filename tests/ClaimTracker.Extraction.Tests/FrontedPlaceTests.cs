namespace ClaimTracker.Extraction.Tests;

/// <summary>A fronted phrase whose object is a name, run into a named subject without a comma.</summary>
public sealed class FrontedPlaceTests
{
    [Theory]
    [InlineData("In Lisbon Okafor said the deal was off.", "Okafor", "the deal was off")]
    [InlineData("At Harwick Lindqvist told reporters the mine would close.", "Lindqvist", "the mine would close")]
    [InlineData("In a speech in Accra President Mensah said the reforms would continue.", "President Mensah", "the reforms would continue")]
    [InlineData("In Porto Ana Okafor said the ferry would run again.", "Ana Okafor", "the ferry would run again")]
    [InlineData("After the talks in Geneva Minister Ilse Varga said a deal was close.", "Minister Ilse Varga", "a deal was close")]
    public void The_source_is_the_name_after_the_place(string text, string source, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(source, claim.Source);
        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("On Tuesday Varga told reporters the budget was balanced.", "Varga")]
    [InlineData("At the hearing the judge said the evidence was weak.", "the judge")]
    public void A_time_or_a_lowercase_phrase_before_the_subject_still_works(string text, string source)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("In Lisbon the ferries ran late all week.")]
    [InlineData("At Harwick Station the trains stopped.")]
    public void A_fronted_place_before_a_plain_clause_gives_no_report(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }

    [Fact]
    public void A_name_subject_without_a_fronted_phrase_keeps_its_full_name()
    {
        var claim = Assert.Single(Extract.Attributed("Ana Okafor said the ferry would run again."));

        Assert.Equal("Ana Okafor", claim.Source);
    }
}
