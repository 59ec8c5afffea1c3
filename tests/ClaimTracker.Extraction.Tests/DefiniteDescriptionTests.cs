namespace ClaimTracker.Extraction.Tests;

/// <summary>"The company", "the ministry", "the group": a definite description points back to the body of that kind named earlier.</summary>
public sealed class DefiniteDescriptionTests
{
    private static ExtractedClaim ClaimWith(string text, string content) => Assert.Single(Extract.Attributed(text), c => c.Text == content);

    [Fact]
    public void The_company_takes_a_company_named_several_paragraphs_earlier()
    {
        const string text = "Harbour Logistics Ltd will close its depot in Varna.\n"
            + "The depot opened in 1998 and employs 80 people.\n"
            + "Workers gathered at the gate on Monday morning.\n"
            + "Union officials met the managers in the afternoon.\n"
            + "The company said the depot had lost money for years.";

        Assert.Equal("Harbour Logistics Ltd", ClaimWith(text, "the depot had lost money for years").Speaker);
    }

    [Fact]
    public void The_ministry_takes_a_ministry_whose_name_opens_with_its_organization_word()
    {
        const string text = "The Ministry of Transport published new rules on Monday. Deputy minister Oskar Feld presented them. "
            + "The ministry said the rules would cut delays.";

        Assert.Equal("Ministry of Transport", ClaimWith(text, "the rules would cut delays").Speaker);
    }

    [Theory]
    [InlineData("The Marine Safety Organization issued a warning. According to the agency, the swell would peak at dawn.", "Marine Safety Organization")]
    [InlineData("The Coastal Weather Service issued a warning. The agency said the swell would peak at dawn.", "Coastal Weather Service")]
    [InlineData("The Energy Market Authority fined the supplier. The regulator said the swell would peak at dawn.", "Energy Market Authority")]
    [InlineData("The Global Seed Programme ran out of stock. The agency said the swell would peak at dawn.", "Global Seed Programme")]
    [InlineData("The Arctic Research Fund paid for the survey. The agency said the swell would peak at dawn.", "Arctic Research Fund")]
    public void The_agency_or_the_regulator_takes_a_body_whose_name_is_headed_by_a_word_of_that_kind(string text, string speaker)
    {
        Assert.Equal(speaker, ClaimWith(text, "the swell would peak at dawn").Speaker);
    }

    [Theory]
    [InlineData("Brandvik Motors is recalling 80,000 vans. The carmaker said the swell would peak at dawn.", "Brandvik Motors")]
    [InlineData("Tessaro Bank raised its fees. The lender said the swell would peak at dawn.", "Tessaro Bank")]
    [InlineData("Pellmar Pharma withdrew the pill. The drugmaker said the swell would peak at dawn.", "Pellmar Pharma")]
    public void A_trade_noun_takes_a_company_named_earlier(string text, string speaker)
    {
        Assert.Equal(speaker, ClaimWith(text, "the swell would peak at dawn").Speaker);
    }

    [Theory]
    [InlineData("Ostvik Airways cut its fares. The lender said the swell would peak at dawn.", "Ostvik Airways")]
    [InlineData("Tessaro Bank raised its fees. The carmaker said the swell would peak at dawn.", "Tessaro Bank")]
    public void A_trade_noun_does_not_take_a_company_of_another_trade(string text, string other)
    {
        Assert.NotEqual(other, ClaimWith(text, "the swell would peak at dawn").Speaker);
    }

    [Fact]
    public void The_agency_does_not_take_a_company()
    {
        const string text = "Harbour Logistics Ltd issued a warning. The agency said the swell would peak at dawn.";

        Assert.NotEqual("Harbour Logistics Ltd", ClaimWith(text, "the swell would peak at dawn").Speaker);
    }

    [Theory]
    [InlineData("A campaign group, Clean Rivers Now, sued the council. The group said the river was polluted.")]
    [InlineData("Clean Rivers Now, a campaign group, sued the council. The group said the river was polluted.")]
    [InlineData("The campaign group Clean Rivers Now sued the council. The group said the river was polluted.")]
    public void A_body_introduced_by_its_kind_is_what_that_noun_refers_to(string text)
    {
        Assert.Equal("Clean Rivers Now", ClaimWith(text, "the river was polluted").Speaker);
    }

    [Theory]
    [InlineData("The airline Corvane will cut 900 jobs. The company said fuel costs had soared.", "Corvane")]
    [InlineData("Chip maker Telvio will close a plant. The firm said fuel costs had soared.", "Telvio")]
    [InlineData("The retailer Brindle Home will shut 40 stores. The company said fuel costs had soared.", "Brindle Home")]
    public void A_firm_introduced_by_its_trade_is_the_company(string text, string speaker)
    {
        Assert.Equal(speaker, ClaimWith(text, "fuel costs had soared").Speaker);
    }

    [Fact]
    public void A_body_introduced_as_a_group_is_not_the_company()
    {
        const string text = "Veltra Holdings bought the mill in March.\n"
            + "A campaign group, Clean Rivers Now, sued the mill's owners.\n"
            + "The company said the water was clean.";

        Assert.Equal("Veltra Holdings", ClaimWith(text, "the water was clean").Speaker);
    }

    [Fact]
    public void An_unnamed_group_that_spoke_is_not_the_company()
    {
        const string text = "Fishermen blocked the harbour. The group said catches had halved.\nThe company said profits would rise.";

        Assert.Equal("company", ClaimWith(text, "profits would rise").Speaker);
    }

    [Fact]
    public void A_description_with_no_body_named_stays_as_written()
    {
        Assert.Equal("agency", ClaimWith("The agency said most samples were safe.", "most samples were safe").Speaker);
    }

    [Fact]
    public void A_person_with_a_role_beside_an_institution_noun_is_not_a_body()
    {
        const string text = "Ana Ruiz, a union official, spoke at the rally. The union said the strike would go on.";

        Assert.NotEqual("Ana Ruiz", ClaimWith(text, "the strike would go on").Speaker);
    }

    [Fact]
    public void A_description_prefers_a_body_that_acted_earlier_over_one_only_mentioned_nearby()
    {
        const string text = "The Energy Market Authority fined the supplier on Tuesday.\n"
            + "The supplier said it would appeal.\n"
            + "Customers were angry.\n"
            + "A spokeswoman for the Tenants Council said families had been misled.\n"
            + "The supplier must repay customers within a month, the regulator ordered.";

        Assert.Equal("Energy Market Authority", ClaimWith(text, "The supplier must repay customers within a month").Speaker);
    }

    [Theory]
    [InlineData("Shares of Kelvar Semiconductor fell. Mark Dune, an analyst at Brightline Securities, was gloomy. The company said demand was weak.", "Kelvar Semiconductor")]
    [InlineData("Shares of Kelvar Semiconductor fell. Analysts at Brightline Securities were gloomy. The company said demand was weak.", "Kelvar Semiconductor")]
    [InlineData("Mark Dune, an analyst at Brightline Securities, was gloomy. The company said demand was weak.", "Brightline Securities")]
    public void A_description_passes_over_a_body_named_only_as_where_someone_works(string text, string speaker)
    {
        Assert.Equal(speaker, ClaimWith(text, "demand was weak").Speaker);
    }

    [Fact]
    public void The_airline_is_not_an_investigation_unit()
    {
        const string text = "The Air Accident Investigation Unit found the crew had been distracted.\n"
            + "The airline said it had accepted every recommendation.";

        Assert.Equal("airline", ClaimWith(text, "it had accepted every recommendation").Speaker);
    }

    [Fact]
    public void A_headline_subject_with_its_reporting_verb_is_no_body_name()
    {
        const string text = "Court rules government must cut emissions\n\nThe government said it would comply.";

        Assert.Equal("government", ClaimWith(text, "it would comply").Speaker);
    }

    [Fact]
    public void The_council_is_not_a_group_of_councillors()
    {
        const string text = "The Tolvik City Council met on Monday.\nCouncillors said the vote was close.\nThe council said work would start in spring.";

        Assert.Equal("Tolvik City Council", ClaimWith(text, "work would start in spring").Speaker);
    }

    [Fact]
    public void The_council_with_no_council_named_is_not_a_group_of_councillors_that_spoke()
    {
        const string text = "Opposition councillors have demanded an inquiry into the flooding.\nThe council said work would start in spring.";

        Assert.Equal("council", ClaimWith(text, "work would start in spring").Speaker);
    }

    [Theory]
    [InlineData("The airline Corvane grounded its jets. The engine's manufacturer said it was helping the inspectors. \"Safety comes first,\" the company said.", "engine's manufacturer")]
    [InlineData("Telvio Motors recalled 9,000 cars. The brake maker said it had changed a part. The firm said no one had been hurt.", "brake maker")]
    public void The_company_takes_an_unnamed_firm_described_by_its_trade_that_just_spoke(string text, string speaker)
    {
        var claims = Extract.Attributed(text);

        Assert.Equal(speaker, claims[^1].Speaker);
    }

    [Fact]
    public void The_company_does_not_take_an_unnamed_group()
    {
        var claims = Extract.Attributed("Corvane grounded its jets. A campaign group said the airline had cut corners. The company said safety came first.");

        Assert.NotEqual("campaign group", claims[^1].Speaker);
    }
}
