using System.Text;
using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Matching;

/// <summary>
/// Prepares a claim for the embedding model: links, picture links and retweet markers carry no meaning of the
/// claim and only pull unrelated posts together; a handle or hashtag is kept as the words it is made of
/// ("@CityDeskNews" reads as "City Desk News", "#FakeNews" as "Fake News").
/// </summary>
public static partial class MatchingText
{
    /// <summary>Bumped whenever the preparation changes, so stored vectors are recomputed.</summary>
    public const int Version = 1;

    /// <summary>The model reads at most 256 word pieces; longer text costs time and changes nothing.</summary>
    public const int MaxCharacters = 1500;

    public static string Prepare(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = Links().Replace(text, " ");
        cleaned = RetweetMarker().Replace(cleaned, " ");
        cleaned = HandleOrHashtag().Replace(cleaned, m => SplitCamelCase(m.Groups[1].Value));
        cleaned = Whitespace().Replace(cleaned, " ").Trim();
        if (cleaned.Length > MaxCharacters)
        {
            var cut = cleaned.LastIndexOf(' ', MaxCharacters);
            cleaned = cleaned[..(cut > MaxCharacters / 2 ? cut : MaxCharacters)];
        }

        return cleaned;
    }

    private static string SplitCamelCase(string word)
    {
        var builder = new StringBuilder(word.Length + 4);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == '_')
            {
                builder.Append(' ');
                continue;
            }

            var startsWord = i > 0 && char.IsUpper(c)
                && (char.IsLower(word[i - 1]) || (i + 1 < word.Length && char.IsLower(word[i + 1]) && char.IsUpper(word[i - 1])));
            var startsNumber = i > 0 && char.IsDigit(c) && char.IsLetter(word[i - 1]);
            if (startsWord || startsNumber)
            {
                builder.Append(' ');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"(?:https?://|www\.|pic\.twitter\.com/)\S*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Links();

    [GeneratedRegex(@"(?<!\w)RT\s+(?=@)", RegexOptions.CultureInvariant)]
    private static partial Regex RetweetMarker();

    [GeneratedRegex(@"[@#](\w+)", RegexOptions.CultureInvariant)]
    private static partial Regex HandleOrHashtag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
