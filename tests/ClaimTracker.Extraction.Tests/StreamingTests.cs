namespace ClaimTracker.Extraction.Tests;

/// <summary>Large inputs are read in windows and claims are handed on as they are found; none of that may change them.</summary>
public sealed class StreamingTests
{
    private static readonly string[] Paragraphs =
    [
        "\"We were warned,\" Okafor said. \"Nobody listened.\"",
        "The council said on Monday that the bridge would reopen in May.",
        "Traffic was light in the city centre on Sunday.",
        "Lena Park from the Harbour Institute said the water was safe to drink.",
        "The company denied the report. It said the figures were wrong.",
        "Prices rose by 3 percent, according to the statistics office.",
        "\u201CThis is a turning point,\u201D the minister told reporters, adding that talks would continue.",
    ];

    /// <summary>Several windows' worth of paragraphs, each made unique by a number so no two claims are alike.</summary>
    private static string LongText(int chars)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; builder.Length < chars; i++)
        {
            builder.Append(Paragraphs[i % Paragraphs.Length]).Append(" Item ").Append(i).Append('.').Append(i % 5 == 0 ? "\r\n" : "\n");
        }

        return builder.ToString();
    }

    private static List<ExtractedClaim> FromReader(string text, int chunk)
    {
        var claims = new List<ExtractedClaim>();
        new ClaimExtractor().Extract(new ChunkedReader(text, chunk), claims.Add);
        return claims;
    }

    [Fact]
    public void Reading_from_a_reader_gives_the_same_claims_as_the_whole_string_across_windows()
    {
        var text = LongText((ClaimExtractor.WindowChars * 3) + 12345);
        var whole = new ClaimExtractor().Extract(text);

        var streamed = FromReader(text, 7919);

        Assert.Equal(whole.Count, streamed.Count);
        for (var i = 0; i < whole.Count; i++)
        {
            Assert.Equal(whole[i].Span, streamed[i].Span);
            Assert.Equal(whole[i].Segments, streamed[i].Segments);
            Assert.Equal(whole[i].Text, streamed[i].Text);
            Assert.Equal(whole[i].CueSpan, streamed[i].CueSpan);
            Assert.Equal(whole[i].SourceSpan, streamed[i].SourceSpan);
            Assert.Equal(whole[i].Speaker, streamed[i].Speaker);
            Assert.Equal(whole[i].Answers, streamed[i].Answers);
        }
    }

    [Fact]
    public void Offsets_of_claims_read_from_a_reader_index_the_whole_text()
    {
        var text = LongText((ClaimExtractor.WindowChars * 2) + 999);

        var claims = FromReader(text, 4096);

        RobustnessTests.AssertWellFormed(text, claims);
        Assert.Contains(claims, c => c.Span.Start > ClaimExtractor.WindowChars * 2);
        foreach (var claim in claims.Where(c => c.Segments.Count == 1))
        {
            Assert.Equal(claim.Text, claim.Segments[0].Slice(text));
        }
    }

    [Fact]
    public void A_line_longer_than_the_buffer_is_read_whole()
    {
        var line = string.Concat(Enumerable.Repeat("The mayor said the bridge would reopen. ", (ClaimExtractor.WindowChars * 3) / 40));
        var text = "Opening line.\n" + line + "\nThe council said it agreed.";

        var streamed = FromReader(text, 65536);

        Assert.Equal(new ClaimExtractor().Extract(text).Select(c => c.Span), streamed.Select(c => c.Span));
    }

    [Fact]
    public void The_sink_receives_the_claims_of_the_list_in_document_order()
    {
        const string text = "\"We were warned,\" Okafor said. \"Nobody listened.\"\nThe ministry denied it.\nRain is expected.";
        var received = new List<ExtractedClaim>();

        new ClaimExtractor().Extract(text, received.Add);

        Assert.Equal(new ClaimExtractor().Extract(text).Select(c => (c.Span, c.Text, c.Speaker)), received.Select(c => (c.Span, c.Text, c.Speaker)));
        Assert.Equal(3, received.Count);
    }

    [Fact]
    public void Windows_end_just_after_a_line_break_once_full()
    {
        var text = new string('a', ClaimExtractor.WindowChars + 10) + "\n" + new string('b', ClaimExtractor.WindowChars);

        var end = ClaimExtractor.WindowEnd(text, complete: true);

        Assert.Equal(ClaimExtractor.WindowChars + 11, end);
        Assert.Equal(-1, ClaimExtractor.WindowEnd(text.AsSpan(0, ClaimExtractor.WindowChars), complete: false));
        Assert.Equal(100, ClaimExtractor.WindowEnd(text.AsSpan(0, 100), complete: true));
    }

    /// <summary>Hands out at most <paramref name="chunk"/> characters per read, as a stream reader over a file does.</summary>
    private sealed class ChunkedReader(string text, int chunk) : TextReader
    {
        private int _position;

        public override int Read(char[] buffer, int index, int count)
        {
            var n = Math.Min(Math.Min(count, chunk), text.Length - _position);
            text.CopyTo(_position, buffer, index, n);
            _position += n;
            return n;
        }
    }
}
