using System.Text.Encodings.Web;
using Humanizer;
using Microsoft.AspNetCore.Html;

namespace ClaimTracker.Web.Infrastructure;

/// <summary>
/// An enum's values as select options, labelled the way a reviewer reads them ("Named on record", not
/// "NamedOnRecord") and posted back by name, which model binding reads as it reads the stored values.
/// </summary>
public static class EnumChoices
{
    public static IHtmlContent Selecting<TEnum>(TEnum value)
        where TEnum : struct, Enum => Options<TEnum>.List.Selecting(value.ToString());

    /// <summary>A stored name shown as its label; anything else (an old or unknown value) as it was written.</summary>
    public static string? Label<TEnum>(string? name)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(name, ignoreCase: false, out var value) && Enum.IsDefined(value) ? value.Humanize() : name;

    private static class Options<TEnum>
        where TEnum : struct, Enum
    {
        // Enum names and their humanized forms are plain words, which every page encoder leaves as they are.
        public static readonly OptionList List =
            new([.. Enum.GetValues<TEnum>().Select(v => new OptionList.Choice(v.ToString(), v.Humanize()))], HtmlEncoder.Default);
    }
}
