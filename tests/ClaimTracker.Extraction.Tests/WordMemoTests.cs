namespace ClaimTracker.Extraction.Tests;

public sealed class WordMemoTests
{
    [Fact]
    public void Remembered_answers_match_the_sets_own_answers_for_every_word_and_case()
    {
        // Arrange: more distinct words than the memo has slots, so slots are taken over again and again, and case
        // variants whose answers differ ("us" is a pronoun, "US" the country).
        var sets = new[] { WordLists.ObjectPronouns, WordLists.TimeWords, WordLists.VerbModifiers, WordLists.SentenceStarters };
        var words = new List<string> { "us", "US", "Us", "it", "IT", "who", "WHO", "last", "Last", "LAST", "week" };
        for (var i = 0; i < 9000; i++)
        {
            words.Add($"w{i}");
        }

        words.AddRange(["us", "US", "last", "It", "week"]);

        // Act and assert: each question twice, once to fill the memo and once to read it.
        foreach (var word in words.Concat(words))
        {
            foreach (var set in sets)
            {
                Assert.Equal(set.Lookup(word), set.Contains(word));
            }
        }
    }

    [Fact]
    public void A_capitalised_abbreviation_is_not_the_pronoun_it_spells()
    {
        Assert.True(WordLists.ObjectPronouns.Contains("us"));
        Assert.False(WordLists.ObjectPronouns.Contains("US"));
        Assert.True(WordLists.ObjectPronouns.Contains("us"));
    }

    [Fact]
    public async Task Threads_asking_at_once_get_the_same_answers()
    {
        // Arrange
        string[] words = ["they", "said", "THEY", "week", "US", "us", "who", "Monday", "reporters", "it"];
        var expected = words.Select(w => (WordLists.Pronouns.Lookup(w), WordLists.TimeWords.Lookup(w))).ToArray();

        // Act
        var runs = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            var agree = true;
            for (var round = 0; round < 2000; round++)
            {
                for (var i = 0; i < words.Length; i++)
                {
                    agree &= (WordLists.Pronouns.Contains(words[i]), WordLists.TimeWords.Contains(words[i])) == expected[i];
                }
            }

            return agree;
        })));

        // Assert
        Assert.All(runs, Assert.True);
    }
}
