namespace ClaimTracker.Extraction.Tests;

/// <summary>"According to X": a source, unless X is a norm or measure the clause follows.</summary>
public sealed class AccordingToTests
{
    [Theory]
    [InlineData("The relaunch of the ferry went according to plan.")]
    [InlineData("Pupils were grouped according to age in the new school.")]
    [InlineData("The grants are allocated according to the number of pupils.")]
    [InlineData("The harvest festival is held according to local custom.")]
    public void Reads_according_to_a_norm_or_measure_as_no_source(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }

    [Theory]
    [InlineData("According to the plan, three village schools will close by June.", "the plan")]
    [InlineData("Unemployment fell to 4 percent according to the statistics office.", "the statistics office")]
    [InlineData("The union is planning a walkout, according to people familiar with its plans.", "people familiar with its plans")]
    [InlineData("According to sources familiar with the schedule, the vote will be delayed.", "sources familiar with the schedule")]
    public void Keeps_a_document_or_body_after_according_to_as_the_source(string text, string source)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("Obesity rose sharply, according to a study of more than 100,000 adults.", "a study of more than 100,000 adults", "Obesity rose sharply")]
    [InlineData("Obesity rose sharply, according to a survey of over 2,000 adults.", "a survey of over 2,000 adults", "Obesity rose sharply")]
    [InlineData("According to the county coroner over 40 people have died in the heat.", "the county coroner", "over 40 people have died in the heat")]
    public void Words_rounding_a_number_after_a_preposition_stay_in_the_source(string text, string source, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(source, claim.Source);
        Assert.Equal(content, claim.Text);
    }

    [Fact]
    public void Keeps_a_participle_phrase_on_the_document_out_of_the_content()
    {
        const string text = "According to an inspection report obtained by the Lakeside Herald, the boiler had not been serviced.";

        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal("an inspection report obtained by the Lakeside Herald", claim.Source);
        Assert.Equal("the boiler had not been serviced", claim.Text);
    }

    [Theory]
    [InlineData("According to the survey, the average tenant pays a third of their income in rent, and most renters expect to move.", "the survey", "the average tenant pays a third of their income in rent, and most renters expect to move")]
    [InlineData("According to the rangers, the bear visits the valley each spring, and hikers should carry spray.", "the rangers", "the bear visits the valley each spring, and hikers should carry spray")]
    public void A_present_tense_after_the_comma_opens_the_content_not_an_apposition(string text, string source, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Fact]
    public void A_relative_clause_after_the_source_stays_an_aside_on_it()
    {
        var claim = Assert.Single(Extract.Attributed("According to the agency, which runs the dam, the water level is falling."));

        Assert.Equal(("the agency, which runs the dam", "the water level is falling"), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("Per the indictment, the two men moved the cash through a car dealership.", "the indictment", "the two men moved the cash through a car dealership")]
    [InlineData("The striker has signed a three-year deal, per a statement from the club.", "a statement from the club", "The striker has signed a three-year deal")]
    [InlineData("Per Halden Radio, the ferry has been cancelled.", "Halden Radio", "the ferry has been cancelled")]
    public void Reads_per_as_according_to(string text, string source, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("Entry costs twelve euros per person.")]
    [InlineData("Turnout was 61 per cent.")]
    [InlineData("Each team gets two substitutes, per the rules.")]
    public void Does_not_read_per_of_rate_or_norm_as_a_source(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }

    [Fact]
    public void A_quotation_right_after_the_determiner_leaves_no_source()
    {
        Assert.Empty(Extract.Attributed("The survey grouped the dialects according to the \"northern\" pattern."));
    }

    [Theory]
    [InlineData("Some rulings may now be challenged, according to Petr Novak, a professor of law at the state university.", "Petr Novak, a professor of law at the state university", "Some rulings may now be challenged")]
    [InlineData("The deal was signed, according to Jane Smith, the company's chief executive.", "Jane Smith, the company's chief executive", "The deal was signed")]
    public void An_apposition_naming_what_the_source_is_at_the_end_of_the_sentence_stays_with_the_source(string text, string source, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("The state may sell its stake, according to two people familiar with the matter, a move that would raise billions.",
        "two people familiar with the matter", "a move that would raise billions")]
    [InlineData("The state may sell its stake, according to people familiar with the plan, a step that has split the cabinet.",
        "people familiar with the plan", "a step that has split the cabinet")]
    public void A_summing_apposition_at_the_end_of_the_sentence_stays_in_the_content(string text, string source, string ending)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(source, claim.Source);
        Assert.EndsWith(ending, claim.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The coach will leave, according to reports in Portugal.", "reports in Portugal")]
    [InlineData("The coach will leave, according to a report in the Courier.", "Courier")]
    public void A_country_after_reports_in_is_where_they_ran_not_who_wrote_them(string text, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
    }
}
