using ClaimTracker.Core.Domain;
using ClaimTracker.Core.FactChecks;

namespace ClaimTracker.Core.Tests.FactChecks;

public sealed class ClaimReviewParserTests
{
    [Fact]
    public void Reads_every_field_of_a_claim_review_in_a_page_graph()
    {
        var parsed = ClaimReviewParser.ParseHtml(ClaimReviewMarkup.Page(ClaimReviewMarkup.Bridge));

        var check = Assert.Single(parsed.Records);
        Assert.Equal(FactCheckFormat.ClaimReviewHtml, parsed.Format);
        Assert.Equal("The new river bridge cost twice its budget.", check.ClaimReviewed);
        Assert.Equal("Example Checks", check.CheckedBy);
        Assert.Equal("https://checker.example/", check.CheckedByUrl);
        Assert.Equal("Mayor Ada Quill", check.Claimant);
        Assert.Equal("Mostly false", check.RatingText);
        Assert.Equal(2, check.RatingValue);
        Assert.Equal(5, check.BestRating);
        Assert.Equal(1, check.WorstRating);
        Assert.Equal(new DateTime(2026, 3, 14, 0, 0, 0, DateTimeKind.Utc), check.CheckedOn);
        Assert.Equal("https://checker.example/checks/bridge-cost", check.Url);
        Assert.Empty(parsed.Skipped);
    }

    [Fact]
    public void Ignores_scripts_that_are_not_json_ld()
    {
        var parsed = ClaimReviewParser.ParseHtml(ClaimReviewMarkup.Page(ClaimReviewMarkup.Bridge));

        Assert.Single(parsed.Records);
    }

    [Fact]
    public void Reads_a_top_level_array_with_type_arrays_prefixed_types_and_author_arrays()
    {
        const string json = """
            [
              { "@type": ["ClaimReview", "Review"], "url": "https://a.example/1", "claimReviewed": "Wages rose 3% last year.",
                "author": [{ "name": "First Desk" }, { "name": "Second Desk" }], "reviewRating": [{ "name": "True" }] },
              { "@type": "schema:ClaimReview", "url": "https://a.example/2", "claimReviewed": "Exports fell by half.", "author": "Plain Name Desk" },
              { "@type": "http://schema.org/ClaimReview", "url": "https://a.example/3", "claimReviewed": "Crime doubled." }
            ]
            """;

        var parsed = ClaimReviewParser.ParseJson(json);

        Assert.Equal(["First Desk", "Plain Name Desk", "a.example"], parsed.Records.Select(r => r.CheckedBy));
        Assert.Equal("True", parsed.Records[0].RatingText);
        Assert.Null(parsed.Records[1].RatingText);
    }

    [Fact]
    public void Finds_claim_reviews_inside_a_data_feed()
    {
        var json = $$"""
            { "@context": "https://schema.org", "@type": "DataFeed",
              "dataFeedElement": [ { "@type": "DataFeedItem", "item": [ {{ClaimReviewMarkup.Bridge}} ] },
                                   { "@type": "DataFeedItem", "item": { "@type": "ClaimReview", "url": "https://b.example/x", "claimReviewed": "Taxes went down." } } ] }
            """;

        var parsed = ClaimReviewParser.ParseJson(json);

        Assert.Equal(2, parsed.Records.Count);
    }

    [Fact]
    public void Skips_a_review_without_claim_text_or_address_and_keeps_the_others()
    {
        var json = $$"""
            [ {{ClaimReviewMarkup.Bridge}},
              { "@type": "ClaimReview", "url": "https://c.example/no-claim", "author": { "name": "C" } },
              { "@type": "ClaimReview", "claimReviewed": "No address here.", "author": { "name": "C" } } ]
            """;

        var parsed = ClaimReviewParser.ParseJson(json);

        Assert.Single(parsed.Records);
        Assert.Equal(2, parsed.Skipped.Count);
        Assert.Contains("no claim text", parsed.Skipped[0].Reason, StringComparison.Ordinal);
        Assert.Contains("https://c.example/no-claim", parsed.Skipped[0].Where, StringComparison.Ordinal);
        Assert.Contains("no address", parsed.Skipped[1].Reason, StringComparison.Ordinal);
        Assert.Equal("ClaimReview 3", parsed.Skipped[1].Where);
    }

    [Theory]
    [InlineData("javascript:alert(document.cookie)", "uses javascript:")]
    [InlineData("data:text/html,<script>alert(1)</script>", "uses data:")]
    [InlineData("www.example.com/check", "not a web address")]
    public void Skips_a_review_whose_address_is_not_http(string url, string expected)
    {
        var bad = $$"""{ "@type": "ClaimReview", "url": {{System.Text.Json.JsonSerializer.Serialize(url)}}, "claimReviewed": "A claim." }""";

        var parsed = ClaimReviewParser.ParseJson($"[{ClaimReviewMarkup.Bridge}, {bad}]");

        Assert.Single(parsed.Records);
        Assert.Contains(expected, Assert.Single(parsed.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_only_the_words_of_markup_and_scripts_inside_values()
    {
        const string json = """
            { "@type": "ClaimReview", "url": "https://d.example/1",
              "claimReviewed": "<script>alert('x')</script>The <b>dam</b> &amp; the canal <img src=x onerror=alert(1)>were   never built.",
              "author": { "name": "<i>Desk</i><style>body{}</style>", "url": "javascript:alert(1)" } }
            """;

        var check = Assert.Single(ClaimReviewParser.ParseJson(json).Records);

        Assert.Equal("The dam & the canal were never built.", check.ClaimReviewed);
        Assert.Equal("Desk", check.CheckedBy);
        Assert.Null(check.CheckedByUrl);
    }

    [Fact]
    public void Refuses_json_ld_without_any_claim_review_and_names_what_it_found()
    {
        const string json = """{ "@context": "https://schema.org", "@type": "NewsArticle", "claimReviewed": "Looks like one but is not." }""";

        var refused = Assert.Throws<FactCheckImportRefusedException>(() => ClaimReviewParser.ParseJson(json));

        Assert.Contains("no ClaimReview", refused.Message, StringComparison.Ordinal);
        Assert.Contains("NewsArticle", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_page_without_json_ld()
    {
        var refused = Assert.Throws<FactCheckImportRefusedException>(() => ClaimReviewParser.ParseHtml("<html><body><p>Hello</p></body></html>"));

        Assert.Contains("no JSON-LD", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_json_nested_deeper_than_the_limit()
    {
        var json = string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200);

        var refused = Assert.Throws<FactCheckImportRefusedException>(() => ClaimReviewParser.ParseJson(json, maxDepth: 32));

        Assert.Contains("nested more than 32 levels", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_invalid_json_with_its_line()
    {
        var refused = Assert.Throws<FactCheckImportRefusedException>(() => ClaimReviewParser.ParseJson("[\n{ \"@type\": \"ClaimReview\",,,"));

        Assert.Contains("not valid JSON", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_block_in_a_page_is_skipped_while_a_good_one_is_read()
    {
        var html = ClaimReviewMarkup.Page(ClaimReviewMarkup.Bridge).Replace("</head>", "<script type=\"application/ld+json\">{ broken </script></head>", StringComparison.Ordinal);

        var parsed = ClaimReviewParser.ParseHtml(html);

        Assert.Single(parsed.Records);
        var skipped = Assert.Single(parsed.Skipped);
        Assert.Equal("JSON-LD block 3", skipped.Where);
    }

    [Fact]
    public void A_closing_script_tag_inside_a_string_cannot_break_out_of_the_block()
    {
        const string html = """
            <html><head><script type="application/ld+json">
            { "@type": "ClaimReview", "url": "https://e.example/1", "claimReviewed": "Before </script><script>alert(1)</script> after" }
            </script></head></html>
            """;

        // The HTML parser ends the block at the first </script>, so the JSON is cut short and refused, never run.
        var refused = Assert.Throws<FactCheckImportRefusedException>(() => ClaimReviewParser.ParseHtml(html));

        Assert.Contains("JSON-LD block 1", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Claim_text_over_the_limit_is_skipped()
    {
        var json = $$"""{ "@type": "ClaimReview", "url": "https://f.example/1", "claimReviewed": "{{new string('x', FactCheck.MaxClaimLength + 1)}}" }""";

        var parsed = ClaimReviewParser.ParseJson($"[{ClaimReviewMarkup.Bridge}, {json}]");

        Assert.Contains("the limit is 2,000", Assert.Single(parsed.Skipped).Reason, StringComparison.Ordinal);
    }
}
