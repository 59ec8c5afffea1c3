namespace ClaimTracker.Extraction.Tests;

/// <summary>
/// Verbs that report only with a clause ("found", "discovered", "showed"): a finding is a clause, with or without
/// "that"; finding, discovering or showing a thing, even one described by a relative clause, is the reporter's event.
/// </summary>
public sealed class FindingTests
{
    private static List<ExtractedClaim> Attributed(string text) => Extract.Attributed(text);

    [Theory]
    [InlineData("Police found a car that had been abandoned near the river.")]
    [InlineData("Divers found the wreck at 40 metres.")]
    [InlineData("Searchers found the body of the missing hiker on Sunday.")]
    [InlineData("Rescuers discovered two survivors who were trapped under the rubble.")]
    [InlineData("The footage showed a man who was running from the scene.")]
    [InlineData("The study found 31 cases of fraud out of a billion ballots cast.")]
    [InlineData("The review found 40 jobs cut in March.")]
    public void Finding_a_thing_described_by_a_relative_clause_or_participle_is_no_report(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("Investigators found that the brakes had failed.", "Investigators", "the brakes had failed")]
    [InlineData("The study found the drug cut deaths by half.", "The study", "the drug cut deaths by half")]
    [InlineData("The survey found those who walked daily lived longer.", "The survey", "those who walked daily lived longer")]
    [InlineData("The data showed prices rose sharply in March.", "The data", "prices rose sharply in March")]
    public void A_finding_stated_as_a_clause_is_reported(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("The audit found no evidence that the ballots had been altered.", "The audit", "no evidence that the ballots had been altered")]
    [InlineData("Inspectors found clear signs that the wall had been weakened.", "Inspectors", "clear signs that the wall had been weakened")]
    [InlineData("The data showed strong evidence that demand had slowed.", "The data", "strong evidence that demand had slowed")]
    public void A_finding_of_evidence_with_its_clause_is_reported_with_the_evidence_phrase(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("The nurse showed signs of exhaustion after the shift.")]
    [InlineData("Divers found traces of oil on the rocks.")]
    public void Evidence_without_a_clause_is_no_report(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Fact]
    public void A_report_inside_the_relative_clause_of_a_found_object_has_its_own_source()
    {
        var claim = Assert.Single(Attributed("Officers found the van that witnesses said had been parked outside the bank."));

        Assert.Equal(("witnesses", "said"), (claim.Source, claim.Cue));
        Assert.Equal("had been parked outside the bank", claim.Text);
    }

    [Theory]
    [InlineData("The company cut 300 jobs and said demand was weak.", "The company")]
    [InlineData("Velmar Foods quit the alliance and said the terms were unfair.", "Velmar Foods")]
    [InlineData("The airline let the contracts lapse and said fuel was dearer.", "The airline")]
    public void A_past_spelt_as_its_base_ends_the_subject_of_a_coordinated_report(string text, string source)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(source, claim.Source);
        Assert.Equal("said", claim.Cue);
    }

    [Theory]
    [InlineData("Rents in the city have doubled since 2015, a survey by the tenants' union found.", "a survey by the tenants' union", "Rents in the city have doubled since 2015")]
    [InlineData("Fewer children walk to school than a decade ago, figures from the transport office show.", "figures from the transport office", "Fewer children walk to school than a decade ago")]
    [InlineData("Two members wanted a deeper cut, minutes of the meeting showed.", "minutes of the meeting", "Two members wanted a deeper cut")]
    [InlineData("The second engine had stopped twice, the transcript shows.", "the transcript", "The second engine had stopped twice")]
    [InlineData("Children near busy roads had more asthma attacks, they found.", "they", "Children near busy roads had more asthma attacks")]
    public void A_finding_verb_closing_the_sentence_reports_the_clause_before_it(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("After weeks of digging, the team found nothing.")]
    [InlineData("When they searched the flat, detectives found a rifle.")]
    public void A_finding_verb_with_its_own_object_after_a_fronted_clause_reports_nothing(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("Customs figures show exports falling for a third month.", "Customs figures", "exports falling for a third month")]
    [InlineData("The council's own forecasts show rents rising by a fifth.", "The council's own forecasts", "rents rising by a fifth")]
    [InlineData("Footage shows a crowd gathering outside the court.", "Footage", "a crowd gathering outside the court")]
    public void Showing_a_noun_with_its_ing_predicate_reports_a_state_of_affairs(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
        Assert.Equal(SourceKind.Document, claim.SourceKind);
    }

    [Theory]
    [InlineData("The survey shows spending on food.")]
    [InlineData("The guide showed visitors the building.")]
    [InlineData("The report shows the funding gap.")]
    public void Showing_a_thing_without_a_predicate_reports_nothing(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("The door was locked, he found.")]
    [InlineData("They found the door locked.")]
    public void A_pronoun_finding_that_is_no_teams_finding_reports_nothing(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Fact]
    public void They_after_a_closing_finding_is_the_team_named_before()
    {
        var claims = Attributed("Researchers at the Tolvik Institute followed 4,000 children for ten years.\nChildren near busy roads had more asthma attacks, they found.");

        Assert.Equal("Researchers at the Tolvik Institute", Assert.Single(claims).Speaker);
    }

    [Theory]
    [InlineData("Inspectors visited 40 care homes in the spring.\nThey found that a third did not have enough night staff.", "Inspectors", "a third did not have enough night staff")]
    [InlineData("The auditors examined every contract.\nThey concluded that the council had overpaid.", "auditors", "the council had overpaid")]
    public void They_opening_a_finding_with_that_is_the_team_named_before(string text, string speaker, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal(("They", speaker, content), (claim.Source, claim.Speaker, claim.Text));
    }

    [Theory]
    [InlineData("The survey found that tenants in older blocks waited longest for repairs.", "tenants in older blocks waited longest for repairs")]
    [InlineData("The audit found that schools in rural areas spent on average a fifth less per pupil.", "schools in rural areas spent on average a fifth less per pupil")]
    public void That_before_a_noun_and_a_preposition_opens_a_clause_when_a_regular_past_follows(string text, string content)
    {
        Assert.Equal(content, Assert.Single(Attributed(text)).Text);
    }

    [Theory]
    [InlineData("He found that his car had gone.")]
    [InlineData("When they returned, they found that the windows had been smashed.")]
    [InlineData("They found the keys under the mat.")]
    public void A_personal_discovery_reports_nothing(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("Experts believe the virus spreads through droplets.", "Experts", "the virus spreads through droplets")]
    [InlineData("The data show women live longer than men.", "The data", "women live longer than men")]
    [InlineData("The survey shows most voters support the plan.", "The survey", "most voters support the plan")]
    [InlineData("Figures show unemployment rises in winter.", "Figures", "unemployment rises in winter")]
    [InlineData("The study found the drug works in mice.", "The study", "the drug works in mice")]
    [InlineData("The study found mothers who work earn less.", "The study", "mothers who work earn less")]
    [InlineData("Figures show the number of people who live alone has doubled.", "Figures", "the number of people who live alone has doubled")]
    public void A_bare_clause_in_the_present_tense_is_reported(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("The report shows the party support among young voters.")]
    [InlineData("The survey indicates a close contest as the governor gains ground.")]
    [InlineData("Officials found the drugs in a van.")]
    [InlineData("The data show steep rises in rents.")]
    public void A_noun_phrase_object_with_no_present_verb_of_its_own_is_no_clause(string text)
    {
        Assert.Empty(Attributed(text));
    }

    [Theory]
    [InlineData("Tests showed the water was safe.", "Tests", "the water was safe")]
    [InlineData("Satellite images show the camp has grown.", "Satellite images", "the camp has grown")]
    [InlineData("Blood tests by the hospital showed he had been poisoned.", "Blood tests by the hospital", "he had been poisoned")]
    public void Observations_and_measurements_show_a_clause_as_a_record_does(string text, string source, string content)
    {
        var claim = Assert.Single(Attributed(text));

        Assert.Equal((source, content), (claim.Source, claim.Text));
    }

    [Theory]
    [InlineData("The lab tested samples from the river.")]
    [InlineData("She posed for photos with fans.")]
    public void An_observation_noun_that_shows_nothing_reports_nothing(string text)
    {
        Assert.Empty(Attributed(text));
    }
}
