namespace ClaimTracker.Extraction.Tests;

/// <summary>Clauses that post-modify a source noun: relatives with "who" or "that" or none, and participles with an object.</summary>
public sealed class SourceParserModifiersTests
{
    private static List<ExtractedClaim> Attributed(string text) => Extract.Attributed(text);

    [Theory]
    [InlineData("The agency that runs the dam said it was safe.", "agency", "it was safe")]
    [InlineData("A study that followed 2,000 children found that screen time harmed sleep.", "study", "screen time harmed sleep")]
    [InlineData("A doctor who treated the victims said most had suffered burns.", "doctor", "most had suffered burns")]
    public void Attributes_to_the_antecedent_of_a_relative_clause_not_to_its_object(string text, string speaker, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((speaker, content), (claim.Speaker, claim.Text));
    }

    [Theory]
    [InlineData("Farmers there say the drought is the worst in memory.", "Farmers")]
    [InlineData("Officials here said the ferry would run again on Monday.", "Officials")]
    public void Skips_a_place_adverb_between_the_subject_and_its_verb(string text, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Attributed(text)).Speaker);
    }

    [Fact]
    public void Reads_that_after_a_reporting_verb_as_a_complementizer()
    {
        const string text = "The panel concluded that mounting debts showed the firm was failing.";

        var claim = Assert.Single(Attributed(text), c => c.Cue == "concluded");

        Assert.Equal("The panel", claim.Source);
        Assert.StartsWith("mounting debts", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Does_not_take_a_restrictive_clause_about_anonymity_as_a_report()
    {
        const string text = "A witness who asked not to be named said the gunmen fled.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("said", "the gunmen fled", SourceKind.Anonymous), (claim.Cue, claim.Text, claim.SourceKind));
    }

    [Fact]
    public void Keeps_a_participle_and_its_object_in_the_role_before_an_apposition_name()
    {
        const string text = "The lawyer representing the family, Mia Storrow, said the ruling would be appealed.";

        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("The lawyer representing the family, Mia Storrow", "Mia Storrow"), (claim.Source, claim.Speaker));
    }

    [Fact]
    public void Does_not_take_a_fronted_participle_clause_as_the_role_of_the_name()
    {
        const string text = "Leaving the court, the defendant's father, Arvo Kask, said the verdict was unjust.";

        var claim = Assert.Single(Attributed(text));

        Assert.DoesNotContain("Leaving", claim.Source, StringComparison.Ordinal);
        Assert.Equal("Arvo Kask", claim.Speaker);
    }

    [Fact]
    public void Does_not_resolve_a_definite_noun_restricted_by_a_relative_clause_to_an_earlier_body()
    {
        const string text = "Exports fell, the Department of Trade said. The company that owns the paper denied that it had interfered.";

        var claim = Assert.Single(Attributed(text), c => c.Cue == "denied");

        Assert.Equal("company", claim.Speaker);
    }

    [Theory]
    [InlineData("Many residents the council surveyed said the buses were late.", "Many residents", "the buses were late")]
    [InlineData("The workers we interviewed said they had not been paid.", "workers", "they had not been paid")]
    [InlineData("The company the regulator fined said it would appeal.", "company", "it would appeal")]
    [InlineData("Several documents the newspaper obtained show the contract was never signed.", "Several documents", "the contract was never signed")]
    [InlineData("Officials the ministry spoke to said the border would stay shut.", "Officials", "the border would stay shut")]
    [InlineData("Two nurses we talked with said the ward had no heating.", "Two nurses", "the ward had no heating")]
    [InlineData("The families the charity worked with say the payments stopped in March.", "families", "the payments stopped in March")]
    [InlineData("Farmers the union wrote to said the subsidy had never arrived.", "Farmers", "the subsidy had never arrived")]
    public void A_relative_clause_without_a_relative_word_leaves_its_source_noun_speaking(string text, string speaker, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((speaker, content), (claim.Speaker, claim.Text));
    }

    [Fact]
    public void An_ed_adjective_after_a_degree_word_opens_no_relative_clause()
    {
        Assert.Empty(Attributed("She was a careful editor, a woman more interested in reports than rumours."));
    }

    [Theory]
    [InlineData("The crowd moved to the square and waited, and the mayor said the road would reopen.", "mayor")]
    [InlineData("Prices the traders agreed to fell sharply, the exchange said.", "exchange")]
    public void A_preposition_after_a_verb_is_stranded_only_inside_a_bare_relative_clause(string text, string speaker)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
    }

    [Fact]
    public void A_name_after_a_plural_source_and_its_complement_names_the_complement()
    {
        var claims = Attributed("Lawyers for the driver, Tomas Ferrand, welcomed the verdict. They said he would return to work.");

        Assert.Equal(2, claims.Count);
        Assert.Equal("Lawyers", claims[0].Speaker);
        Assert.Equal("Lawyers", claims[1].Speaker);
    }

    [Fact]
    public void A_name_after_a_singular_source_and_its_complement_names_the_source()
    {
        var claim = Assert.Single(Attributed("A lawyer for the family, Mia Storrow, said they would appeal."));

        Assert.Equal("Mia Storrow", claim.Speaker);
    }

    [Theory]
    [InlineData("A leaked draft of the budget, seen by the weekly, says two ministries will merge.", "leaked draft of the budget")]
    [InlineData("An early draft of the treaty, obtained by the agency, says ports will stay open.", "early draft of the treaty")]
    public void A_document_with_an_irregular_participle_aside_speaks(string text, string speaker)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
    }

    [Theory]
    [InlineData("Families near the quarry said the blasts cracked their walls.", "Families near the quarry", "Families")]
    [InlineData("Campaigners against the bypass say the meadow will flood.", "Campaigners against the bypass", "Campaigners")]
    [InlineData("Rebels within the party said the leader must go.", "Rebels within the party", "Rebels")]
    [InlineData("The firm behind the app said no data had leaked.", "The firm behind the app", "firm behind the app")]
    [InlineData("Medics inside the stadium said four fans were hurt.", "Medics inside the stadium", "Medics")]
    public void A_source_noun_keeps_a_place_or_stance_phrase_after_it(string text, string source, string speaker)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, speaker), (claim.Source, claim.Speaker));
    }

    [Fact]
    public void A_place_phrase_before_a_comma_stays_in_the_content()
    {
        var claim = Assert.Single(Attributed("Shelling went on near the dam, officials said."));

        Assert.Equal(("officials", "Shelling went on near the dam"), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("More than 200 surgeons said the waiting lists were dangerous.", "More than 200 surgeons")]
    [InlineData("Nearly 90 headteachers signed a letter saying the funding formula was unfair.", "Nearly 90 headteachers")]
    [InlineData("Parents whose children attend the academy said they were never consulted.", "Parents whose children attend the academy")]
    [InlineData("At least 30 nurses said the ward had been short-staffed for a year.", "At least 30 nurses")]
    [InlineData("Up to 150 dockers said they would walk out on Monday.", "Up to 150 dockers")]
    [InlineData("On Tuesday, at least 12 councillors said the budget was unlawful.", "at least 12 councillors")]
    [InlineData("\"We were never asked,\" at least 60 tenants said.", "at least 60 tenants")]
    [InlineData("At least 70 pharmacists signed a letter saying the new rules were unworkable.", "At least 70 pharmacists")]
    public void A_quantity_or_a_whose_clause_stays_in_the_source(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("At least 40 people were injured, the fire service said.", "the fire service", "At least 40 people were injured")]
    [InlineData("Crews rescued up to 30 hikers, the park said.", "the park", "Crews rescued up to 30 hikers")]
    public void A_quantity_inside_the_content_does_not_become_a_source(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("The man accused says he was at home all evening.", "The man accused", "says", "he was at home all evening")]
    [InlineData("The two women charged insist they acted in self-defence.", "The two women charged", "insist", "they acted in self-defence")]
    [InlineData("Families evacuated say the river rose within an hour.", "Families evacuated", "say", "the river rose within an hour")]
    [InlineData("Those detained deny any part in the riot.", "Those detained", "deny", "any part in the riot")]
    public void A_participle_after_its_noun_belongs_to_the_source_of_the_verb_that_follows(string text, string source, string cue, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, cue, content), (claim.Source, claim.Cue, claim.Text));
    }

    [Theory]
    [InlineData("The regulator confirmed reports that the bank would be fined.", "The regulator", "the bank would be fined")]
    [InlineData("The minister denied claims that she had misled parliament.", "The minister", "she had misled parliament")]
    public void A_verb_before_a_noun_homograph_of_a_reporting_verb_stays_the_cue(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }
}
