using System.Text.Encodings.Web;

namespace ClaimTracker.Web.Infrastructure;

/// <summary>
/// The HTML encoder for every page: the framework's own, plus bidirectional override/embedding/isolate controls
/// and invisible zero-width spaces written out as visible markers (⟦U+202E⟧). A numeric entity would still
/// reverse or hide text in the browser; a fact-checker needs to see that such a character is there, and an
/// article or a source name must not be able to re-order the page around it.
/// Joiners (U+200C/U+200D) and marks (U+200E/U+200F) stay: scripts such as Persian need them.
/// </summary>
public sealed class VisibleControlsHtmlEncoder(HtmlEncoder inner) : HtmlEncoder
{
    public override int MaxOutputCharactersPerInputCharacter => Math.Max(inner.MaxOutputCharactersPerInputCharacter, 10);

    public static bool IsHiddenControl(int scalar) =>
        scalar is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) or 0x200B or 0x2060 or 0xFEFF or 0x061C;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var first = inner.FindFirstCharacterToEncode(text, textLength);
        var limit = first < 0 ? textLength : first;
        for (var i = 0; i < limit; i++)
        {
            if (IsHiddenControl(text[i]))
            {
                return i;
            }
        }

        return first;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        if (!IsHiddenControl(unicodeScalar))
        {
            return inner.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);
        }

        var marker = $"⟦U+{unicodeScalar:X4}⟧";
        if (marker.Length > bufferLength)
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        marker.AsSpan().CopyTo(new Span<char>(buffer, bufferLength));
        numberOfCharactersWritten = marker.Length;
        return true;
    }

    public override bool WillEncode(int unicodeScalar) => IsHiddenControl(unicodeScalar) || inner.WillEncode(unicodeScalar);
}
