using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace ClaimTracker.Web.Infrastructure;

/// <summary>
/// A select's options, written straight to the response when the page is flushed. A picker of hundreds of
/// sources then costs one entry in the page's buffer instead of several per option, and one list serves every
/// picker that offers the same choices.
/// </summary>
public sealed class OptionList(IReadOnlyList<OptionList.Choice> choices)
{
    public int Count => choices.Count;

    /// <summary>The options with the one whose value is <paramref name="selected"/> (if any) selected.</summary>
    public IHtmlContent Selecting(string? selected) => new Options(choices, selected);

    public readonly record struct Choice(string Value, string Label);

    private sealed class Options(IReadOnlyList<Choice> choices, string? selected) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            ArgumentNullException.ThrowIfNull(writer);
            ArgumentNullException.ThrowIfNull(encoder);
            foreach (var choice in choices)
            {
                writer.Write("<option value=\"");
                encoder.Encode(writer, choice.Value);
                writer.Write(string.Equals(choice.Value, selected, StringComparison.Ordinal) ? "\" selected=\"selected\">" : "\">");
                encoder.Encode(writer, choice.Label);
                writer.Write("</option>");
            }
        }
    }
}
