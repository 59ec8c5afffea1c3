using System.Globalization;
using System.Text;

namespace ClaimTracker.Core.Reports;

/// <summary>
/// The readable tail of a public report address: "Harbour fares to rise, mayor says" becomes
/// "harbour-fares-to-rise-mayor-says". Accents are dropped (é → e); letters of other scripts stay, since a
/// URL carries them percent-encoded and readers of that language can still read them.
/// </summary>
public static class ReportSlug
{
    public const int MaxLength = 80;

    public static string? From(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var slug = new StringBuilder(Math.Min(title.Length, MaxLength));
        var pendingHyphen = false;
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                pendingHyphen = slug.Length > 0;
                continue;
            }

            if (pendingHyphen)
            {
                slug.Append('-');
                pendingHyphen = false;
            }

            slug.Append(char.ToLowerInvariant(c));
        }

        var text = slug.ToString().Normalize(NormalizationForm.FormC);
        if (text.Length > MaxLength)
        {
            // Cut at a word boundary when there is one, so the slug does not end in half a word.
            var cut = text.LastIndexOf('-', MaxLength);
            text = cut > MaxLength / 2 ? text[..cut] : text[..MaxLength].TrimEnd('-');
        }

        return text.Length == 0 ? null : text;
    }
}
