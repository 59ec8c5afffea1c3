namespace ClaimTracker.Extraction.Tests;

/// <summary>
/// "It" and "they" refer back to the subject of the reporter's sentence before them, a body, document or group that
/// acted without speaking, as wire copy does: "The central bank raised rates. It said ...".
/// </summary>
public sealed class ReporterSubjectTests
{
    private static ExtractedClaim Pronoun(string text, string pronoun) =>
        Assert.Single(Extract.Attributed(text), c => c.Source == pronoun);

    [Theory]
    [InlineData("The Lakeside Water Board spoke on Monday.\nThe central bank raised rates by half a point. It said inflation remained too high.", "central bank")]
    [InlineData("The Lakeside Water Board spoke on Monday.\nOn Tuesday, the port authority closed two terminals. It said the cranes were unsafe.", "port authority")]
    [InlineData("Orvane Airways said it was reviewing the case.\nValdoria's health ministry published new rules. It warned that cases were rising.", "Valdoria's health ministry")]
    [InlineData("Orvane Airways said it was reviewing the case.\nThe regional council approved the budget. It said the vote was close.", "regional council")]
    [InlineData("The Lakeside Water Board spoke on Monday.\nThe regional airline cut 400 jobs on Friday. It said fuel costs had doubled.", "regional airline")]
    [InlineData("Orvane Airways said it was reviewing the case.\nThe audit was published on Friday. It said that the fund had lost money.", "audit")]
    [InlineData("Orvane Airways said it was reviewing the case.\nThe regional council expects a deficit next year. It said care costs had doubled.", "regional council")]
    [InlineData("Orvane Airways said it was reviewing the case.\nValdoria's defence ministry did not comment on the raid. It said its jets had hit a depot.", "Valdoria's defence ministry")]
    public void It_refers_to_the_body_or_document_that_was_the_subject_of_the_sentence_before(string text, string expected)
    {
        Assert.Equal(expected, Pronoun(text, "It").Speaker);
    }

    [Theory]
    [InlineData("The mayor's office said it would respond.\nThe unions called a strike for Friday. They said talks had failed.", "unions")]
    [InlineData("The mayor's office said it would respond.\nPolice arrested two men after the raid. They said the men had been planning a robbery.", "Police")]
    [InlineData("Orvane Airways said it was reviewing the case.\nChile and Peru signed the accord. They said it would ease trade.", "Chile and Peru")]
    [InlineData("Port officials said the pier was safe.\nSome legal experts were sceptical. They said the permits were void.", "Some legal experts")]
    [InlineData("A survey suggests rents rose.\nThe researchers, led by a geographer in Tromsdal, mapped 900 flats. They found that rents had doubled.", "researchers")]
    [InlineData("The audit was damning.\nThe unions, which represent 40,000 nurses, called a strike. They said talks had failed.", "unions")]
    [InlineData("Port officials said the pier was safe.\nThe nurses are angry. They said the shifts were too long.", "nurses")]
    [InlineData("Port officials said the pier was safe.\nThe rescue team reached the climbers at dawn. They said both men were unhurt.", "rescue team")]
    [InlineData("Port officials said the pier was safe.\nThe research team plans to return next year. They said the signal was strong.", "research team")]
    public void They_refers_to_the_group_or_bodies_that_were_the_subject_of_the_sentence_before(string text, string expected)
    {
        Assert.Equal(expected, Pronoun(text, "They").Speaker);
    }

    [Theory]
    [InlineData("The ice is thinning, according to the survey.\nThe researchers plan more flights next spring. They believe the shelf could break up.", "researchers")]
    [InlineData("Prices will rise, the study said.\nResidents want a second bridge over the river. They said the council had not listened.", "Residents")]
    public void They_refers_to_a_plural_subject_whose_verb_is_in_the_present(string text, string expected)
    {
        Assert.Equal(expected, Pronoun(text, "They").Speaker);
    }

    [Theory]
    [InlineData("The ice is thinning, according to the survey. They believe the shelf could break up.", "survey")]
    [InlineData("The sale was unlawful, the memo said. They said the buyers had been warned.", "memo")]
    public void They_never_refers_to_a_single_document_that_spoke_before(string text, string document)
    {
        Assert.NotEqual(document, Pronoun(text, "They").Speaker);
    }

    [Fact]
    public void An_indefinite_body_with_its_place_is_a_new_body_not_the_one_named_before()
    {
        const string text = "The Tolvik Museum said it would keep its collection.\nA museum in Aarden on Friday returned four masks. It said they had been stolen in 1902.";

        Assert.Equal("museum in Aarden", Pronoun(text, "It").Speaker);
    }

    [Fact]
    public void Its_inside_the_sentence_refers_to_the_body_the_sentence_is_about()
    {
        const string text = "The Tolvik Museum said it would keep its collection.\nA library in Aarden handed back 300 letters, a step its director called overdue.";

        var claim = Assert.Single(Extract.Attributed(text), c => c.Source == "its director");

        Assert.Equal("director of library in Aarden", claim.Speaker);
    }

    [Fact]
    public void It_takes_the_company_named_earlier_when_the_subject_describes_it()
    {
        const string text = "Harbor Freight Ltd reported a loss.\nThe regulator opened an inquiry.\nThe company later closed two depots. It said demand had collapsed.";

        Assert.Equal("Harbor Freight Ltd", Pronoun(text, "It").Speaker);
    }

    [Fact]
    public void It_skips_a_plural_subject_for_the_body_before_it()
    {
        const string text = "The Orvane Port Authority said it would reopen the docks.\nDockworkers returned on Monday. It said the cranes were safe again.";

        Assert.Equal("Orvane Port Authority", Pronoun(text, "It").Speaker);
    }

    [Fact]
    public void They_keeps_the_group_that_spoke_after_a_subject_before_it()
    {
        const string text = "The unions called a strike.\nTeachers said the pay offer was an insult. They said they would march on Friday.";

        Assert.Equal("Teachers", Pronoun(text, "They").Speaker);
    }

    [Theory]
    [InlineData("The ministry said nothing.\nTenants of the Harbour Court estate were angry. They said the rent would double.")]
    [InlineData("The ministry said nothing.\nTenants of the Harbour Court estate have filed a complaint about the plan, which they say would double the rent.")]
    public void They_refers_to_a_plural_of_people_with_its_complement_that_opens_the_sentence(string text)
    {
        var claim = Assert.Single(Extract.Attributed(text), c => c.Source is "They" or "they");

        Assert.Equal("Tenants of the Harbour Court estate", claim.Speaker);
    }
}
