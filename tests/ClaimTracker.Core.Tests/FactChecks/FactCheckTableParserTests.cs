using ClaimTracker.Core.Domain;
using ClaimTracker.Core.FactChecks;

namespace ClaimTracker.Core.Tests.FactChecks;

public sealed class FactCheckTableParserTests
{
    [Fact]
    public void Reads_a_tsv_with_columns_found_by_their_synonyms_in_any_order()
    {
        const string tsv = "URL\tFact checker\tClaim Reviewed\tVerdict\tDate\tRating value\tBest\tWorst\tSpeaker\n"
            + "https://g.example/1\tG Desk\tThe port handled 2 million containers.\tFalse\t2025-11-02\t1\t5\t1\tThe minister\n";

        var parsed = FactCheckTableParser.Parse(tsv, FactCheckTableParser.DetectDelimiter(tsv, "checks.txt"));

        var check = Assert.Single(parsed.Records);
        Assert.Equal(FactCheckFormat.Tsv, parsed.Format);
        Assert.Equal(("The port handled 2 million containers.", "G Desk", "False", "The minister"), (check.ClaimReviewed, check.CheckedBy, check.RatingText, check.Claimant));
        Assert.Equal((1d, 5d, 1d), (check.RatingValue!.Value, check.BestRating!.Value, check.WorstRating!.Value));
        Assert.Equal(new DateTime(2025, 11, 2, 0, 0, 0, DateTimeKind.Utc), check.CheckedOn);
    }

    [Fact]
    public void Reads_quoted_csv_fields_with_commas_and_line_breaks()
    {
        const string csv = "claim,rating,url\n\"Prices rose, then fell\nagain.\",Misleading,https://h.example/2\n";

        var check = Assert.Single(FactCheckTableParser.Parse(csv, ',').Records);

        Assert.Equal("Prices rose, then fell again.", check.ClaimReviewed);
        Assert.Equal("h.example", check.CheckedBy);
    }

    [Fact]
    public void Skips_rows_without_claim_or_with_a_javascript_address_and_names_their_rows()
    {
        const string csv = "claim,rating,url\n"
            + "Good claim.,True,https://i.example/1\n"
            + ",False,https://i.example/2\n"
            + "Bad link.,False,javascript:alert(1)\n"
            + "\n"
            + "Another good one.,False,http://i.example/3\n";

        var parsed = FactCheckTableParser.Parse(csv, ',');

        Assert.Equal(["Good claim.", "Another good one."], parsed.Records.Select(r => r.ClaimReviewed));
        Assert.Equal(["row 3", "row 4"], parsed.Skipped.Select(s => s.Where));
        Assert.Contains("javascript:", parsed.Skipped[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_table_without_a_url_column()
    {
        var refused = Assert.Throws<FactCheckImportRefusedException>(() => FactCheckTableParser.Parse("claim,rating\nA,B\n", ','));

        Assert.Contains("no url column", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_an_empty_table()
    {
        Assert.Throws<FactCheckImportRefusedException>(() => FactCheckTableParser.Parse("", ','));
    }

    [Theory]
    [InlineData("claim,url\n", "x.csv", ',')]
    [InlineData("claim\turl\n", "x.csv", '\t')]
    [InlineData("claim;url\n", null, ';')]
    [InlineData("claim,url\n", "x.tsv", '\t')]
    public void Detects_the_delimiter_from_the_name_or_the_header(string text, string? name, char expected)
    {
        Assert.Equal(expected, FactCheckTableParser.DetectDelimiter(text, name));
    }
}
