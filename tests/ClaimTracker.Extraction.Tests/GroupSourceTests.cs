namespace ClaimTracker.Extraction.Tests;

/// <summary>Groups and critics as sources, including their namings inside another clause.</summary>
public sealed class GroupSourceTests
{
    private static List<ExtractedClaim> Attributed(string text) => Extract.Attributed(text);

    [Theory]
    [InlineData("Critics of the levy say it punishes small farms.", "Critics of the levy", "it punishes small farms")]
    [InlineData("Opponents argue that the tunnel will drain the aquifer.", "Opponents", "the tunnel will drain the aquifer")]
    [InlineData("Several residents told the radio station they had heard two blasts.", "Several residents", "they had heard two blasts")]
    [InlineData("Some economists have warned that the currency is overvalued.", "Some economists", "the currency is overvalued")]
    [InlineData("Some argue that the levy punishes small farms.", "Some", "the levy punishes small farms")]
    [InlineData("Many accused the council of ignoring the flood warnings.", "Many", "the council of ignoring the flood warnings")]
    [InlineData("Still, some questioned whether the depot could find enough drivers.", "some", "whether the depot could find enough drivers")]
    [InlineData("Many asked why the flood warning came so late.", "Many", "why the flood warning came so late")]
    [InlineData("The route is unsafe, some say.", "some", "The route is unsafe")]
    [InlineData("Most believe the count was fair.", "Most", "the count was fair")]
    [InlineData("Some athletes have criticised the testing system.", "Some athletes", "the testing system")]
    [InlineData("Two shopkeepers denied the charges.", "Two shopkeepers", "the charges")]
    [InlineData("A councillor accused the mayor of hiding the audit.", "A councillor", "the mayor of hiding the audit")]
    [InlineData("Prices rose after mining companies said that output would fall.", "mining companies", "output would fall")]
    [InlineData("The inquiry began after charities warned that the shelters were full.", "charities", "the shelters were full")]
    public void A_group_speaks_through_an_ordinary_cue(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
        Assert.Equal(content, claim.Text);
    }

    [Fact]
    public void What_critics_call_is_a_claim_of_the_critics_inside_another()
    {
        var claims = Attributed("The ministry has defended what critics call a disguised eviction programme.");

        Assert.Equal(2, claims.Count);
        var naming = Assert.Single(claims, c => c.Cue == "call");
        Assert.Equal("critics", naming.Source);
        Assert.Equal("a disguised eviction programme", naming.Text);
    }

    [Theory]
    [InlineData("The governor condemned what she called a \"shameful stunt\" and vowed that the money would be repaid.", "a \"shameful stunt\"")]
    [InlineData("The coach criticised what he called a soft penalty, and urged the league to review it.", "a soft penalty")]
    public void A_free_relative_naming_ends_before_the_outer_subjects_coordinated_verb(string text, string named)
    {
        var claims = Attributed(text);

        var naming = Assert.Single(claims, c => c.Cue == "called");
        Assert.Equal(named, naming.Text);
        Assert.Equal(3, claims.Count);
    }

    [Fact]
    public void Two_participles_after_a_determiner_modify_the_named_noun()
    {
        var claims = Attributed("Opposition parties rejected what observers called a rushed and flawed count.");

        Assert.Equal("what observers called a rushed and flawed count", Assert.Single(claims, c => c.Cue == "rejected").Text);
        Assert.Equal("a rushed and flawed count", Assert.Single(claims, c => c.Cue == "called").Text);
    }

    [Fact]
    public void A_naming_in_a_non_restrictive_clause_ends_at_its_comma()
    {
        var claim = Assert.Single(Attributed("The hostels, which rights groups describe as overcrowded barracks, house about 3,000 workers."));

        Assert.Equal("rights groups", claim.Source);
        Assert.Equal("overcrowded barracks", claim.Text);
    }

    [Fact]
    public void A_complement_that_clause_is_not_read_as_a_naming()
    {
        var claim = Assert.Single(Attributed("The aide said that the governor called the mayor on Friday to apologise."));

        Assert.Equal("said", claim.Cue);
    }

    [Theory]
    [InlineData("The minister defended what she called a necessary reform of the pension system.", "The minister", "a necessary reform of the pension system")]
    [InlineData("Tariq Osman rejected the audit, which he described as a political manoeuvre, on Friday.", "Tariq Osman", "a political manoeuvre")]
    public void A_pronoun_naming_inside_a_relative_is_a_claim_of_the_person_it_points_to(string text, string speaker, string content)
    {
        var claims = Attributed(text);

        var naming = Assert.Single(claims, c => c.Text == content);
        Assert.Equal(2, claims.Count);
        Assert.Contains(speaker.Split(' ')[^1], naming.Speaker, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_pronoun_that_calls_someone_is_no_naming_claim()
    {
        Assert.Empty(Attributed("She called the plumber after the pipe burst."));
    }

    [Fact]
    public void Both_sides_of_a_conflict_are_a_source()
    {
        var claim = Assert.Single(Attributed("Both sides accuse each other of violating the truce."));

        Assert.Equal("Both sides", claim.Source);
    }

    [Theory]
    [InlineData("Fishermen in the estuary say the eels have gone.", "Fishermen in the estuary")]
    [InlineData("Women in the camp say the pump broke in June.", "Women in the camp")]
    public void A_plural_in_men_agrees_with_a_plural_verb(string text, string source)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Fact]
    public void A_naming_in_a_free_relative_subject_ends_at_the_main_verb()
    {
        var claims = Extract.Attributed("Tenants say what the landlord calls modernisation is really a rent rise.");

        var naming = Assert.Single(claims, c => c.Cue == "calls");
        Assert.Equal("the landlord", naming.Source);
        Assert.Equal("modernisation", naming.Text);
        Assert.Contains(claims, c => c.Source == "Tenants" && c.Text == "what the landlord calls modernisation is really a rent rise");
    }

    [Theory]
    [InlineData("Some claims in the leaflet were false.")]
    [InlineData("Many reported cases were mild.")]
    [InlineData("Several warnings went unheeded.")]
    public void A_quantifier_before_a_noun_is_no_source(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("Business groups, however, urged the bank to cut rates.", "Business groups", "urged")]
    [InlineData("The harbour master, meanwhile, said the quay would reopen.", "The harbour master", "said")]
    [InlineData("Some tenants, though, insisted the rent rise was unfair.", "Some tenants", "insisted")]
    public void A_connective_set_off_by_commas_is_no_part_of_the_source(string text, string source, string cue)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
        Assert.Equal(cue, claim.Cue);
    }

    [Theory]
    [InlineData("Rain will ease by Wednesday, forecasters said.", "forecasters", "Rain will ease by Wednesday")]
    [InlineData("On Monday, surveyors said the wall was unsafe.", "surveyors", "the wall was unsafe")]
    [InlineData("The ward was understaffed, paediatricians told the inquiry.", "paediatricians", "The ward was understaffed")]
    [InlineData("The hull had cracked, salvors said.", "salvors", "The hull had cracked")]
    [InlineData("The drug had no effect, participants said.", "participants", "The drug had no effect")]
    public void A_plural_agent_noun_speaks_whether_or_not_it_is_listed(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("Some former strikers have complained that the documentary ignores the picket-line violence.", "Some former strikers")]
    [InlineData("Many regular commuters argued that the new timetable was worse.", "Many regular commuters")]
    [InlineData("Some strikers complained that the picket had been broken up without warning.", "Some strikers")]
    public void A_plural_agent_noun_after_a_quantifier_and_adjectives_reports_a_that_clause(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("In a post on Instagram, the singer thanked fans for their support.", "the singer", "thanked")]
    [InlineData("The striker apologised for the red card.", "The striker", "apologised for")]
    [InlineData("The comedian accused the broadcaster of censorship.", "The comedian", "accused")]
    public void A_definite_singular_agent_noun_does_any_speech_act(string text, string source, string cue)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, cue), (claim.Source, claim.Cue));
    }

    [Fact]
    public void A_thing_with_an_agentive_ending_does_no_speech_act()
    {
        Assert.Empty(Attributed("The trailer promised a darker sequel."));
    }

    [Theory]
    [InlineData("In other matters said to be urgent, the board met.")]
    [InlineData("The heaters said to be faulty were recalled.")]
    [InlineData("Two men said to have fled the scene were arrested.")]
    public void A_noun_before_a_passive_said_is_no_source(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("Commuters were furious. One wrote: \"Three cancellations in a week.\"", "One")]
    [InlineData("Commuters were furious. Another said the trains were always late.", "Another")]
    [InlineData("Commuters were furious.\n\"Three cancellations in a week,\" one said.", "one")]
    [InlineData("Commuters were furious.\n\"Three cancellations in a week,\" another told reporters.", "another")]
    [InlineData("Commuters were furious.\n\"Three cancellations in a week,\" said one, who asked not to be named.", "one")]
    public void One_or_another_opening_its_clause_is_a_member_of_the_group_speaking(string text, string source)
    {
        Assert.Equal(source, Assert.Single(Extract.Attributed(text)).Source);
    }

    [Theory]
    [InlineData("One reported case was fatal.")]
    [InlineData("One thing is clear: the timetable failed.")]
    public void One_before_a_noun_is_a_determiner(string text)
    {
        Assert.Empty(Extract.Attributed(text));
    }

    [Theory]
    [InlineData("Commuters were furious, with some saying they would drive instead.", "some")]
    [InlineData("Commuters were furious, with others saying they would drive instead.", "others")]
    public void A_quantifier_standing_alone_in_an_absolute_clause_speaks(string text, string source)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(source, claim.Source);
        Assert.Equal("they would drive instead", claim.Text);
    }

    [Theory]
    [InlineData("Bread prices rose again, with independent bakers warning that more shops would close.", "independent bakers", "more shops would close")]
    [InlineData("The ferry was cancelled, with fishing crews saying the swell was too high.", "fishing crews", "the swell was too high")]
    public void A_modified_group_after_with_speaks_in_an_absolute_clause(string text, string source, string content)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Fact]
    public void Two_absolute_clauses_joined_by_and_each_have_their_own_source()
    {
        const string text = "The depot plan split the parish, with shopkeepers praising the new jobs and walkers warning that the footpath would close.";

        var claims = Extract.Attributed(text);

        Assert.Equal(
            [("shopkeepers", "the new jobs"), ("walkers", "the footpath would close")],
            claims.Select(c => (c.Source, c.Text)));
    }

    [Fact]
    public void An_absolute_clause_of_weather_reports_nothing()
    {
        Assert.Empty(Extract.Attributed("The match went ahead, with heavy rain falling all afternoon."));
    }

    [Theory]
    [InlineData("Several told reporters the siren never sounded.", "Several")]
    [InlineData("Many told us the siren never sounded.", "Many")]
    [InlineData("Some told the inquiry that the siren never sounded.", "Some")]
    public void A_quantifier_standing_alone_speaks_to_an_addressee(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, "told", "the siren never sounded"), (claim.Source, claim.Cue, claim.Text));
    }

    [Theory]
    [InlineData("Asked about the ferry, 70 per cent said fares were too high.", "70 per cent")]
    [InlineData("Asked about the ferry, 70% said fares were too high.", "70%")]
    [InlineData("Of the islanders polled, two in three said fares were too high.", "two in three")]
    [InlineData("Of the islanders polled, one out of five said fares were too high.", "one out of five")]
    [InlineData("Nearly 70 per cent of islanders said fares were too high.", "Nearly 70 per cent of islanders")]
    [InlineData("About a third of islanders said fares were too high.", "About a third of islanders")]
    [InlineData("Around half of the islanders said fares were too high.", "Around half of the islanders")]
    [InlineData("About one in ten islanders said fares were too high.", "About one in ten islanders")]
    public void A_share_of_those_asked_speaks(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, "fares were too high"), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("Fares rose 70 per cent, the operator said.", "the operator")]
    [InlineData("Fares rose by two in three routes, the operator said.", "the operator")]
    public void A_share_inside_the_content_is_no_source(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("Talks broke down, with each side accusing the other of bad faith, said two mediators.", "two mediators")]
    [InlineData("Talks broke down on Sunday, with each side accusing the other of bad faith, mediators said.", "mediators")]
    public void An_absolute_clause_report_ends_before_the_cue_closing_the_sentence(string text, string closingSource)
    {
        var claims = Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Contains(claims, c => c.Source == "each side" && c.Text == "the other of bad faith");
        Assert.Contains(claims, c => c.Source == closingSource && c.Text.StartsWith("Talks broke down", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_with_an_absolute_clause_before_its_cue_still_speaks()
    {
        var claim = Assert.Single(Attributed("Marta Ruiz, with her lawyer standing beside her, said the plan was dead."));

        Assert.Equal(("Marta Ruiz", "the plan was dead"), (claim.Speaker, claim.Text));
    }
}
