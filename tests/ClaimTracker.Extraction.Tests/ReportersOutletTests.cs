namespace ClaimTracker.Extraction.Tests;

/// <summary>The outlet a source spoke to, including the reporter's own ("this newspaper"), is an addressee, never the source or content.</summary>
public sealed class ReportersOutletTests
{
    [Theory]
    [InlineData("Brel told this newspaper the mine would close.")]
    [InlineData("Brel told this reporter that the mine would close.")]
    [InlineData("Brel told this paper the mine would close.")]
    [InlineData("Brel told The Courier the mine would close.")]
    public void The_outlet_told_is_an_addressee(string text)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal("Brel", claim.Source);
        Assert.Equal("the mine would close", claim.Text);
    }

    [Theory]
    [InlineData("Okafor said in an interview with this newspaper that the talks had failed.", "Okafor")]
    [InlineData("In an email to this newspaper, a ministry spokeswoman said the talks had failed.", "a ministry spokeswoman")]
    [InlineData("Speaking to The Courier on Monday the minister said the talks had failed.", "the minister")]
    public void The_occasion_of_speaking_to_an_outlet_does_not_make_it_the_source(string text, string source)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(source, claim.Source);
        Assert.Equal("the talks had failed", claim.Text);
    }

    [Fact]
    public void A_demonstrative_addressee_is_left_out_of_the_content()
    {
        var claim = Assert.Single(Extract.Attributed("Brel told this committee the mine would close."));

        Assert.Equal("the mine would close", claim.Text);
    }

    [Theory]
    [InlineData("Brel said this mine would close.", "this mine would close")]
    [InlineData("The mayor said this year would be hard.", "this year would be hard")]
    [InlineData("The mayor said this week the budget would be cut.", "the budget would be cut")]
    public void A_demonstrative_opening_the_content_stays_in_it_unless_it_is_a_time_adverbial(string text, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("An email seen by this newspaper shows that officials were warned in May.")]
    [InlineData("A draft obtained by this newspaper says that officials were warned in May.")]
    public void A_document_the_outlet_saw_is_the_source(string text)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(SourceKind.Document, claim.SourceKind);
        Assert.Equal("officials were warned in May", claim.Text);
    }
}
