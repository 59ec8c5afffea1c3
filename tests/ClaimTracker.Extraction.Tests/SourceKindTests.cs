namespace ClaimTracker.Extraction.Tests;

/// <summary>Whether a named source is a person or a body, and what "it" and "she" can then refer to.</summary>
public sealed class SourceKindTests
{
    [Theory]
    [InlineData("Halvik Rail said the line would reopen on Monday.\nIt said repairs had cost two million crowns.", "Halvik Rail")]
    [InlineData("Workers at the mill, Kelvar Timber, said the fire began in a kiln.\nIt said no one had been hurt.", "Kelvar Timber")]
    [InlineData("La Voz de Morro reported that the mayor had resigned.\nIt said he would leave office on Friday.", "La Voz de Morro")]
    [InlineData("Oskarvik Therapeutics said the trial had met its goal.\nIt said it would publish the data in May.", "Oskarvik Therapeutics")]
    public void A_company_or_paper_named_without_a_first_name_is_a_body_that_it_refers_to(string text, string body)
    {
        var claims = Extract.Attributed(text);

        Assert.NotEqual(SourceKind.Person, claims[0].SourceKind);
        Assert.Equal(body, claims[1].Speaker);
        Assert.NotEqual(SourceKind.Person, claims[1].SourceKind);
    }

    [Theory]
    [InlineData("The firm behind the app, Kestin Odde, said the data had been deleted.\nThe company declined to say when.", "Kestin Odde")]
    [InlineData("The drug's maker, Arlo Venn, said supplies would return in June.\nThe company declined to say why.", "Arlo Venn")]
    [InlineData("The ferry operator, Stig Ulme, said sailings would resume.\nIt apologised to passengers.", "Stig Ulme")]
    public void A_name_given_to_a_body_in_apposition_is_the_body(string text, string body)
    {
        var claims = Extract.Attributed(text);

        Assert.Equal(SourceKind.Organization, claims[0].SourceKind);
        Assert.Equal(body, claims[1].Speaker);
    }

    [Theory]
    [InlineData("Fenwick Line said in a statement on its website that the ships would be inspected.\nIt apologised to passengers for the delays.", "Fenwick Line")]
    [InlineData("The ships will be inspected, Fenwick Line said in its annual report.\nIt said refunds would be offered.", "Fenwick Line")]
    public void A_name_that_its_in_the_cue_phrase_refers_back_to_is_a_body(string text, string body)
    {
        var claims = Extract.Attributed(text);

        Assert.Equal(SourceKind.Organization, claims[0].SourceKind);
        Assert.Equal(body, claims[1].Speaker);
    }

    [Fact]
    public void A_person_whose_first_name_is_known_stays_a_person_whatever_its_in_the_cue_phrase()
    {
        var claim = Assert.Single(Extract.Attributed("Anna Berg said in a statement on its website that the ships would be inspected."));

        Assert.Equal(SourceKind.Person, claim.SourceKind);
    }

    [Fact]
    public void A_name_given_to_a_person_in_a_role_at_a_body_stays_a_person()
    {
        var claim = Assert.Single(Extract.Attributed("A lawyer for the company, Kestin Odde, said the data had been deleted."));

        Assert.Equal(SourceKind.Person, claim.SourceKind);
    }

    [Fact]
    public void A_trade_word_that_is_a_surname_after_a_first_name_leaves_a_person()
    {
        var claims = Extract.Attributed("Ruth Steel said the count was flawed.\nShe said she would appeal.");

        Assert.Equal(SourceKind.Person, claims[0].SourceKind);
        Assert.Equal("Ruth Steel", claims[1].Speaker);
    }

    [Fact]
    public void A_two_word_name_opening_with_an_article_stays_a_person()
    {
        var claim = Assert.Single(Extract.Attributed("Le Bras said the strike would go on."));

        Assert.Equal(SourceKind.Person, claim.SourceKind);
    }

    [Fact]
    public void A_company_noun_never_takes_an_institution_that_is_no_business()
    {
        var claims = Extract.Attributed("The United Nations said aid was needed.\nThe company said it would not comment.");

        Assert.NotEqual("United Nations", claims[1].Speaker);
    }

    [Theory]
    [InlineData("Torvald Capital said it would buy a stake.\nThe airline said flights would resume.", "airline")]
    [InlineData("Torvald Capital said it would buy a stake.\nThe company said flights would resume.", "Torvald Capital")]
    [InlineData("Nordfly Airways said it would cut routes.\nThe airline said flights would resume.", "Nordfly Airways")]
    public void A_trade_noun_takes_only_a_firm_of_that_trade_or_of_none_written(string text, string speaker)
    {
        var claims = Extract.Attributed(text);

        Assert.Equal(speaker, claims[1].Speaker);
    }

    [Theory]
    [InlineData("Shares in Varnik Semiconductors fell on Tuesday.\nThe company said demand was weak.", "Varnik Semiconductors")]
    [InlineData("Investors sold Ostrand Biologics on Friday.\nThe firm said its trial was on track.", "Ostrand Biologics")]
    [InlineData("The contractor, Bellwood Civil Works, built the dam.\nThe company said its crews had followed the plans.", "Bellwood Civil Works")]
    [InlineData("Tarn Builders lost the tender.\nThe firm said it would appeal.", "Tarn Builders")]
    public void A_firm_named_by_its_trade_anywhere_in_the_text_is_what_the_company_refers_to(string text, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
    }

    [Theory]
    [InlineData("The relative, who asked not to be named, said the group was well equipped.")]
    [InlineData("The driver told police the brakes had failed.")]
    [InlineData("The spokesperson for the lawyers of the driver said an appeal was planned.")]
    [InlineData("The bloc's foreign policy chief said an appeal was planned.")]
    [InlineData("The report's lead author said an appeal was planned.")]
    public void A_singular_noun_for_a_person_is_a_person_source(string text)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(SourceKind.Person, claim.SourceKind);
    }

    [Fact]
    public void She_after_a_quotation_is_the_unnamed_person_who_spoke_before_it()
    {
        const string text = "Tomas Lind said the weather had turned.\nThe relative, who asked not to be named, told the radio that the group was experienced. \"They know this route,\" she said.";

        var claim = Assert.Single(Extract.Attributed(text), c => c.Source == "she");

        Assert.Equal("relative", claim.Speaker);
    }

    [Theory]
    [InlineData("Governor of Westland Helen Quist said the roads would reopen.", "Helen Quist")]
    [InlineData("Director of the Harbour Trust Peter Berg said the quay was safe.", "Peter Berg")]
    public void A_title_whose_complement_runs_into_a_name_is_held_by_that_person(string text, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((speaker, SourceKind.Person), (claim.Speaker, claim.SourceKind));
    }

    [Fact]
    public void A_title_of_a_body_named_after_a_person_is_no_person_name()
    {
        var claim = Assert.Single(Extract.Attributed("Director of the Maria Quist Foundation said the grants would continue."));

        Assert.NotEqual("Maria Quist Foundation", claim.Speaker);
    }

    [Theory]
    [InlineData("Carmaker Brenna Motors said 12 crashes were linked to the fault.\nBrenna said no one had been hurt.", "Brenna Motors")]
    [InlineData("Drugmaker Oskarvik Pharma said the trial had failed.\nOskarvik said it would try a lower dose.", "Oskarvik Pharma")]
    [InlineData("Retailer Brightvale said sales had fallen.\nBrightvale said it would close ten stores.", "Brightvale")]
    public void A_trade_noun_opening_the_sentence_describes_the_firm_named_after_it(string text, string firm)
    {
        var claims = Extract.Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(firm, c.Speaker));
        Assert.All(claims, c => Assert.Equal(SourceKind.Organization, c.SourceKind));
    }

    [Fact]
    public void A_spokesperson_for_a_body_whose_name_holds_a_document_noun_is_no_document()
    {
        var claim = Assert.Single(Extract.Attributed("A spokesperson for the bloc's policy chief said talks would resume."));

        Assert.Equal(SourceKind.Anonymous, claim.SourceKind);
    }

    [Theory]
    [InlineData("Medics Without Frontiers said the clinic had been shelled.\nIt said two nurses were hurt.", "Medics Without Frontiers")]
    [InlineData("Parents Against Pylons said the route was unsafe.\nIt said it would go to court.", "Parents Against Pylons")]
    public void A_name_with_a_capitalized_preposition_inside_is_a_body(string text, string body)
    {
        var claims = Extract.Attributed(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal(SourceKind.Organization, claims[0].SourceKind);
        Assert.Equal(body, claims[1].Speaker);
    }

    [Theory]
    [InlineData("The Northern Chambers of Commerce said the strike was costly.", "Northern Chambers of Commerce")]
    [InlineData("The Federation of Unions said the strike was costly.", "Federation of Unions")]
    [InlineData("The Coastal Associations of Fishermen said the strike was costly.", "Coastal Associations of Fishermen")]
    public void A_plural_noun_heading_a_name_keeps_its_of_complement(string text, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
        Assert.Equal(SourceKind.Organization, claim.SourceKind);
    }

    [Theory]
    [InlineData("Residents of Springfield said the strike was costly.", "Residents")]
    [InlineData("Officials of the Treasury said the strike was costly.", "Officials")]
    [InlineData("Maria Banks of the Harbour Institute said the strike was costly.", "Maria Banks")]
    public void People_of_a_place_or_body_are_not_a_body_name(string text, string speaker)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(speaker, claim.Speaker);
    }

    [Theory]
    [InlineData("A Varnia Institute report released Tuesday said hunger had risen.", "Varnia Institute", "Tuesday")]
    [InlineData("The latest Harbour Trust poll released Friday shows hunger had risen.", "Harbour Trust", "Friday")]
    public void A_date_after_the_name_in_a_source_phrase_is_not_the_speaker(string text, string body, string date)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Contains(body, claim.Speaker, StringComparison.Ordinal);
        Assert.DoesNotContain(date, claim.Speaker, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The owner of the corner shop said trade had picked up.")]
    [InlineData("The bakery's owner told reporters he would reopen.")]
    public void An_owner_is_a_person(string text)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(SourceKind.Person, claim.SourceKind);
    }

    [Theory]
    [InlineData("Maren Voss of the flood office said the river was rising.")]
    [InlineData("Ilse Norda from the weather service said the storm had passed.")]
    [InlineData("Michelle Branch said the river was rising.")]
    [InlineData("Tom Church said the river was rising.")]
    public void A_name_before_its_lower_case_affiliation_or_a_surname_that_closes_body_names_is_a_person(string text)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal(SourceKind.Person, claim.SourceKind);
    }

    [Theory]
    [InlineData("The Rail Accident Investigation Branch said it had sent inspectors.")]
    [InlineData("Figures show that the river was rising.")]
    public void A_branch_or_a_document_noun_opening_the_sentence_is_no_person(string text)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.NotEqual(SourceKind.Person, claim.SourceKind);
    }

    [Theory]
    [InlineData("The mine's owner, Kestrel Gold, said the shaft was safe.\nIt said no one had been hurt.", "Kestrel Gold")]
    [InlineData("Varrow Copper said the shaft was safe.\nIt said no one had been hurt.", "Varrow Copper")]
    public void A_name_closed_by_a_metal_or_fuel_is_a_mining_company(string text, string body)
    {
        var claims = Extract.Attributed(text);

        Assert.Equal(SourceKind.Organization, claims[0].SourceKind);
        Assert.Equal(body, claims[1].Speaker);
    }

    [Fact]
    public void A_first_name_before_a_metal_is_a_person()
    {
        var claim = Assert.Single(Extract.Attributed("Tom Gold said the shaft was safe."));

        Assert.Equal(SourceKind.Person, claim.SourceKind);
    }

    [Fact]
    public void A_role_described_as_a_firm_in_an_aside_is_a_body_that_it_refers_to()
    {
        var claims = Extract.Attributed("The ministry said crews had pumped oil.\nThe tanker's owner, a Greek shipping company, said it was cooperating.\n"
            + "It declined to comment on the cause.");

        Assert.Equal(SourceKind.Organization, claims[1].SourceKind);
        Assert.Equal(claims[1].Speaker, claims[2].Speaker);
    }

    [Theory]
    [InlineData("Its largest shareholder, the investment fund Nordcap, said it would accept.", "Nordcap")]
    [InlineData("The buyer, the shipping firm Delmar Lines, said it would keep all staff.", "Delmar Lines")]
    public void A_role_whose_aside_names_a_body_by_its_kind_speaks_as_that_body(string text, string body)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((body, SourceKind.Organization), (claim.Speaker, claim.SourceKind));
    }

    [Theory]
    [InlineData("The chair of the panel, critic Jonas Beck, said the decision was unanimous.", "Jonas Beck")]
    [InlineData("Last year's winner, the poet Anders Lie, said the prize had changed his life.", "Anders Lie")]
    [InlineData("The company's founder, billionaire Tom Smith, said he would step down.", "Tom Smith")]
    [InlineData("The champion by walkover, 19-year-old Sofia Marek, said it was no way to win.", "Sofia Marek")]
    [InlineData("Its chair, former Chilean judge Rosa Varela, told reporters the count was clean.", "Rosa Varela")]
    [InlineData("The club's new owner, the Danish investor Karl Holm, said the stadium would stay.", "Karl Holm")]
    [InlineData("The inquiry's chair, Norway's former chief justice Erik Lund, said the report was final.", "Erik Lund")]
    public void A_role_whose_aside_names_a_person_by_what_they_are_speaks_as_that_person(string text, string person)
    {
        var claim = Assert.Single(Extract.Attributed(text));

        Assert.Equal((person, SourceKind.Person), (claim.Speaker, claim.SourceKind));
    }

    [Fact]
    public void A_role_whose_aside_describes_it_without_a_name_keeps_the_role()
    {
        var claim = Assert.Single(Extract.Attributed("The driver, a man from Leeds, said he had not seen the sign."));

        Assert.Equal("driver", claim.Speaker);
    }

    [Theory]
    [InlineData("The trust's chief executive said he was sorry.")]
    [InlineData("The bank's chief economist said rates would fall.")]
    public void A_title_opened_by_chief_is_a_person(string text)
    {
        Assert.Equal(SourceKind.Person, Assert.Single(Extract.Attributed(text)).SourceKind);
    }

    [Fact]
    public void A_leader_is_a_person()
    {
        var claim = Assert.Single(Extract.Attributed("The expedition leader said the climb would go on."));

        Assert.Equal(SourceKind.Person, claim.SourceKind);
    }
}
