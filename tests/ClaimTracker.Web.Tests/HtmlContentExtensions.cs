using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace ClaimTracker.Web.Tests;

internal static class HtmlContentExtensions
{
    /// <summary>The markup <paramref name="content"/> writes, as a page would with <paramref name="encoder"/>.</summary>
    public static string Render(this IHtmlContent content, HtmlEncoder? encoder = null)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, encoder ?? HtmlEncoder.Default);
        return writer.ToString();
    }
}
