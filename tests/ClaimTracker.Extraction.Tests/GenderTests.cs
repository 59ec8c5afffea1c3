namespace ClaimTracker.Extraction.Tests;

/// <summary>
/// First names give a person's likely gender across languages; places, everyday words and names of both sexes give
/// none, so they never block a pronoun.
/// </summary>
public sealed class GenderTests
{
    [Theory]
    [InlineData("Agnieszka", "f")]
    [InlineData("Wojciech", "m")]
    [InlineData("Ngozi", "f")]
    [InlineData("Chidi", "m")]
    [InlineData("Priya", "f")]
    [InlineData("Siddharth", "m")]
    [InlineData("Elif", "f")]
    [InlineData("Yusuf", "m")]
    [InlineData("Giulia", "f")]
    [InlineData("Frank", "m")]
    public void Reads_the_gender_of_a_first_name_from_many_languages(string name, string expected)
    {
        Assert.Equal(expected == "f" ? Gender.Female : Gender.Male, GenderCues.OfFirstName(name));
    }

    [Theory]
    [InlineData("Andrea")]
    [InlineData("Alex")]
    [InlineData("Georgia")]
    [InlineData("Will")]
    [InlineData("Court")]
    [InlineData("German")]
    [InlineData("June")]
    [InlineData("frank")]
    public void Gives_no_gender_to_names_of_both_sexes_places_words_and_lower_case(string word)
    {
        Assert.Equal(Gender.Unknown, GenderCues.OfFirstName(word));
    }

    [Fact]
    public void Finds_every_name_of_the_lexicon_file_so_its_order_suits_the_search()
    {
        using var stream = typeof(GenderCues).Assembly.GetManifestResourceStream("ClaimTracker.Extraction.FirstNames.txt")!;
        using var reader = new StreamReader(stream);
        var missed = new List<string>();
        var count = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var name = line[..line.IndexOf('\t', StringComparison.Ordinal)];
            var expected = line[^1] == 'f' ? Gender.Female : Gender.Male;
            count++;
            if (FirstNames.Of(name) != expected)
            {
                missed.Add(name);
            }
        }

        Assert.True(count > 50_000);
        Assert.Empty(missed);
    }

    [Fact]
    public void Resolves_she_to_the_woman_when_a_man_was_named_last()
    {
        const string text = "Finance minister Agnieszka Wrona met the central bank governor, Chidi Okonkwo, on Tuesday.\n"
            + "She said the budget would balance by spring.";

        var claim = Assert.Single(Extract.Attributed(text), c => c.Source == "She");

        Assert.Equal("Agnieszka Wrona", claim.Speaker);
    }

    [Fact]
    public void Resolves_he_to_the_man_when_a_woman_was_named_last()
    {
        const string text = "Coach Wojciech Malek spoke after striker Elif Arslan scored twice.\n"
            + "He said the team had finally found its rhythm.";

        var claim = Assert.Single(Extract.Attributed(text), c => c.Source == "He");

        Assert.Equal("Wojciech Malek", claim.Speaker);
    }
}
