namespace ClaimTracker.Extraction.Tests;

public sealed class RobustnessTests
{
    private static readonly string[] Pieces =
    [
        "\"", "\u201C", "\u201D", "'", "\u2018", "\u2019", "\u00AB", "\u00BB", "''", ".", "...", "\u2026", ",", ":", ";", "?", "!",
        "\n", "\r\n", "\r", " ", "  ", "\t", "said", "says", "told", "according to", "Smith", "he", "the minister", "U.S.", "Mr.",
        "3.5", "(", ")", "\u2014", "-", "\uD83D\uDE00", "\uD83D", "\uDE00", "\u200F", "\u202E", "\0", "\u0001", "a", "Iran's",
        "that", "who", "officials", "A report by", "(IHA)", "denied", "called on", "J.", "\u05E9\u05DC\u05D5\u05DD", "\u0627\u0644",
        "issued a statement", "saying", "appeared to", "went on to", "all", "and", "in an interview", "Friday", "for", "called",
        "___", "p.m.", "though they", "say", "Jones, Brown", "(D-Ohio)", "adding", "has",
    ];

    [Fact]
    public void Never_throws_and_keeps_every_span_inside_the_input_for_random_strings()
    {
        var random = new Random(20240611);
        var extractor = new ClaimExtractor();
        for (var i = 0; i < 3000; i++)
        {
            var text = RandomText(random, random.Next(0, 60));

            var claims = extractor.Extract(text);

            AssertWellFormed(text, claims);
        }
    }

    [Fact]
    public void Never_throws_on_random_characters_including_surrogate_halves_and_controls()
    {
        var random = new Random(7);
        var extractor = new ClaimExtractor();
        for (var i = 0; i < 2000; i++)
        {
            var chars = new char[random.Next(0, 80)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = (char)random.Next(0, 0x10000);
            }

            var text = new string(chars);

            var claims = extractor.Extract(text);

            AssertWellFormed(text, claims);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("\"\"\"\"\"\"\"")]
    [InlineData("\u201C\u201C\u201C\u201D")]
    [InlineData("said")]
    [InlineData(", said")]
    [InlineData("according to")]
    [InlineData(":")]
    [InlineData("Smith:")]
    [InlineData("\n\n\r\n")]
    [InlineData("\"A,\" said")]
    [InlineData("He said, \"")]
    [InlineData("They found that")]
    [InlineData("Inspectors visited the homes. They found that")]
    [InlineData("The study found that")]
    [InlineData("Morning she left, saying so.")]
    [InlineData("His rival, Ana,")]
    [InlineData("His rival, Ana")]
    [InlineData("His rival")]
    [InlineData("The talks ended. His rival")]
    [InlineData("Evening he")]
    [InlineData("He said \u2014")]
    [InlineData("She said (")]
    [InlineData("\"A,\" said one")]
    [InlineData("with some saying")]
    [InlineData("The fine was paid in cash to the clerk , court")]
    [InlineData("The fine was paid in cash to the clerk, the jury was")]
    [InlineData("The court heard that Voss entered the kiosk and")]
    [InlineData("The researchers plan more flights. They believe")]
    [InlineData("Officials fear")]
    public void Handles_degenerate_inputs(string text)
    {
        var claims = new ClaimExtractor().Extract(text);

        AssertWellFormed(text, claims);
    }

    // Megabyte inputs check that nothing throws or goes out of bounds at scale; their speed (linear time, no
    // backtracking) is measured by ExtractionBenchmarks, not asserted here.
    [Fact]
    public void Survives_a_megabyte_of_quote_marks()
    {
        var text = new string('"', 1 << 20);
        var claims = new ClaimExtractor().Extract(text);

        AssertWellFormed(text, claims);
    }

    [Fact]
    public void Survives_a_megabyte_of_unpunctuated_words_with_cues()
    {
        var builder = new System.Text.StringBuilder();
        var words = new[] { "the", "official", "said", "\"", "Smith", "told", "that", "according", "to", ",", "\u201C" };
        var random = new Random(3);
        while (builder.Length < (1 << 20))
        {
            builder.Append(words[random.Next(words.Length)]).Append(' ');
        }

        var text = builder.ToString();
        var claims = new ClaimExtractor().Extract(text);

        AssertWellFormed(text, claims);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Survives_a_megabyte_of_cue_word_salad(int seed)
    {
        string[] vocabulary =
        [
            "said", "says", "told", "according", "to", "Smith", "Mr.", "John", "Jr.", "(JD)", "the", "spokesman", "who", ",", ":", ";",
            "\"", "\u201C", "\u201D", "'", "and", "but", "that", "adding", "saying", "called", "on", "claims", "by", "Israel's", "he",
            "was", "quoted", "as", "criticized", "U.S.", "WASHINGTON", "\u2014", "--", "...", "President", "of", "report", "denied",
            "PENCE:", "Monday", "it", "I", "D.C.", "Says", "Washington", "Morning", "she", "one", "another", "some", "with", "(",
            ")", "more", "EU", "states", "is", "reported", "to", "have", "citing", "but", "received", "suspended",
        ];
        var random = new Random(seed);
        var builder = new System.Text.StringBuilder();
        while (builder.Length < (1 << 20))
        {
            builder.Append(vocabulary[random.Next(vocabulary.Length)]).Append(random.Next(500) == 0 ? '\n' : ' ');
        }

        var text = builder.ToString();
        var claims = new ClaimExtractor().Extract(text);

        AssertWellFormed(text, claims);
    }

    [Fact]
    public void Survives_a_megabyte_of_repeated_titled_names()
    {
        var text = string.Concat(Enumerable.Repeat("Mr. John Smith Jr. of Washington D.C. told Jane Doe (JD) ", (1 << 20) / 58));
        var claims = new ClaimExtractor().Extract(text);

        AssertWellFormed(text, claims);
    }

    internal static void AssertWellFormed(string text, IReadOnlyList<ExtractedClaim> claims)
    {
        var previousStart = -1;
        foreach (var claim in claims)
        {
            AssertInside(text, claim.Span);
            Assert.True(claim.Span.Start >= previousStart, "claims out of document order");
            previousStart = claim.Span.Start;
            Assert.NotEmpty(claim.Segments);
            foreach (var segment in claim.Segments)
            {
                AssertInside(text, segment);
                Assert.True(segment.Start >= claim.Span.Start && segment.End <= claim.Span.End, "segment outside its claim");
            }

            if (claim.CueSpan is { } cue)
            {
                AssertInside(text, cue);
            }

            if (claim.SourceSpan is { } source)
            {
                AssertInside(text, source);
                Assert.Equal(claim.Source, source.Slice(text));
            }

            Assert.Equal(claim.IsAttributed, claim.Source is not null || claim.Speaker is not null);
        }
    }

    private static void AssertInside(string text, TextSpan span)
    {
        Assert.InRange(span.Start, 0, text.Length);
        Assert.InRange(span.End, span.Start, text.Length);
    }

    private static string RandomText(Random random, int pieces)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]);
            if (random.Next(3) == 0)
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }
}
