namespace ClaimTracker.Extraction;

internal enum Gender : byte
{
    Unknown,
    Male,
    Female,
}

/// <summary>
/// Grammatical gender cues for pronoun resolution: honorifics, gendered role nouns and first names.
/// Unknown is compatible with both pronouns, so a missing cue never blocks resolution.
/// </summary>
internal static class GenderCues
{
    private static readonly WordSet MaleWords = new(
        "Mr", "Sir", "King", "Prince", "Father", "Brother", "Lord", "spokesman", "chairman", "congressman", "businessman",
        "councilman", "assemblyman", "husband", "father", "son", "brother", "uncle", "actor", "boy", "man", "Monsieur", "Herr",
        "Sheikh", "Emir", "Pope", "Rabbi", "Imam", "Ayatollah");

    private static readonly WordSet FemaleWords = new(
        "Mrs", "Ms", "Miss", "Madam", "Dame", "Lady", "Queen", "Princess", "Sister", "spokeswoman", "chairwoman", "congresswoman",
        "businesswoman", "councilwoman", "assemblywoman", "wife", "mother", "daughter", "sister", "aunt", "actress", "girl",
        "woman", "widow", "Mme", "Mlle", "Frau");

    private static readonly WordSet Honorifics = new("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Madam", "Monsieur", "Mme", "Mlle", "Herr", "Frau", "Messrs");

    public static bool IsHonorific(ReadOnlySpan<char> word) => Honorifics.Contains(word);

    public static Gender OfWord(ReadOnlySpan<char> word)
    {
        if (MaleWords.Contains(word))
        {
            return Gender.Male;
        }

        return FemaleWords.Contains(word) ? Gender.Female : Gender.Unknown;
    }

    /// <summary>
    /// The gender a capitalised first name usually has (<see cref="FirstNames"/>). A place that is also a given name
    /// ("Georgia", "Israel") reads as the place.
    /// </summary>
    public static Gender OfFirstName(ReadOnlySpan<char> name) =>
        name.Length > 1 && char.IsUpper(name[0]) && !Places.Governments.Contains(name) ? FirstNames.Of(name) : Gender.Unknown;

    public static Gender OfPronoun(ReadOnlySpan<char> pronoun)
    {
        if (pronoun.Equals("he", StringComparison.OrdinalIgnoreCase))
        {
            return Gender.Male;
        }

        return pronoun.Equals("she", StringComparison.OrdinalIgnoreCase) ? Gender.Female : Gender.Unknown;
    }
}
