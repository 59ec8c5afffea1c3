using System.Runtime.CompilerServices;

namespace ClaimTracker.Extraction;

/// <summary>A paragraph is one input line; [FirstToken, EndToken) indexes the document's tokens.</summary>
internal readonly record struct Paragraph(int Start, int End, int FirstToken, int EndToken);

/// <summary>
/// Single forward pass over the input producing word, punctuation and quote tokens and the paragraph table.
/// Linear time, no backtracking: every character is looked at a bounded number of times.
/// </summary>
internal static class Tokenizer
{
    // One long-running call per document: compile it fully optimized up front instead of tiering up mid-loop.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Tokenize(string text, List<Token> tokens, List<Paragraph> paragraphs) => Tokenize(text, 0, text.Length, tokens, paragraphs);

    /// <summary>Tokenizes [<paramref name="start"/>, <paramref name="end"/>); both must lie at paragraph boundaries.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Tokenize(string text, int start, int end, List<Token> tokens, List<Paragraph> paragraphs)
    {
        var paraStart = start;
        var paraFirstToken = tokens.Count;
        var i = start;
        var spaceBefore = true;
        while (i < end)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                if (HasContent(text, paraStart, i))
                {
                    paragraphs.Add(new Paragraph(paraStart, i, paraFirstToken, tokens.Count));
                }

                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                paraStart = i;
                paraFirstToken = tokens.Count;
                spaceBefore = true;
                continue;
            }

            if (char.IsWhiteSpace(c) || IsInvisible(c))
            {
                i++;
                spaceBefore = true;
                continue;
            }

            var tokenStart = i;
            var flags = spaceBefore ? TokenFlags.SpaceBefore : TokenFlags.None;
            spaceBefore = false;
            if (char.IsLetterOrDigit(c))
            {
                i = ScanWord(text, i);
                AddWord(text, tokens, tokenStart, i, flags);
                continue;
            }

            if (c == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
            {
                // Two apostrophes stand for a double quote in some wire styles (''Hopefully,'' he said).
                tokens.Add(new Token { Start = i, End = i + 2, Kind = TokenKind.Quote, Flags = flags });
                i += 2;
                continue;
            }

            if (c is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '\u201E' or '\u201F')
            {
                tokens.Add(new Token { Start = i, End = i + 1, Kind = TokenKind.Quote, Flags = flags });
                i++;
                continue;
            }

            if (c is '\'' or '\u2018' or '\u2019' or '\u2039' or '\u203A')
            {
                // A trailing apostrophe after a plural ("Israelis' homes") is a possessive, not a quote mark.
                var prevIsS = i > 0 && text[i - 1] is 's' or 'S' && !IsAfterSpace(text, i);
                var nextIsBreak = i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]);
                var kind = c is '\'' or '\u2019' && prevIsS && nextIsBreak ? TokenKind.Possessive : TokenKind.Quote;
                tokens.Add(new Token { Start = i, End = i + 1, Kind = kind, Flags = flags | (kind == TokenKind.Quote ? TokenFlags.SingleQuote : TokenFlags.None) });
                i++;
                continue;
            }

            if (c == '-' && i + 1 < text.Length && text[i + 1] == '-')
            {
                // "--" is a dash, as in "Kall -- co-editor of ... -- said".
                var j = i + 2;
                while (j < text.Length && text[j] == '-')
                {
                    j++;
                }

                tokens.Add(new Token { Start = i, End = j, Kind = TokenKind.Punct, Flags = flags });
                i = j;
                continue;
            }

            if (c == '.')
            {
                // Runs of periods are one ellipsis token.
                var j = i + 1;
                while (j < text.Length && text[j] == '.')
                {
                    j++;
                }

                tokens.Add(new Token { Start = i, End = j, Kind = TokenKind.Punct, Flags = flags });
                i = j;
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                tokens.Add(new Token { Start = i, End = i + 2, Kind = TokenKind.Symbol, Flags = flags });
                i += 2;
                continue;
            }

            var isPunct = char.IsPunctuation(c) || c is '$' or '%' or '+' or '=' or '<' or '>' or '|' or '~' or '^' or '`';
            tokens.Add(new Token { Start = i, End = i + 1, Kind = isPunct ? TokenKind.Punct : TokenKind.Symbol, Flags = flags });
            i++;
        }

        if (HasContent(text, paraStart, end))
        {
            paragraphs.Add(new Paragraph(paraStart, end, paraFirstToken, tokens.Count));
        }

        static bool IsAfterSpace(string t, int at) => at == 0 || char.IsWhiteSpace(t[at - 1]);
    }

    private static bool HasContent(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && !IsInvisible(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    // Direction marks and zero-width characters carry no words; treating them as space keeps names intact.
    private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF' or '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069';

    // Guillemets, inverted marks and the no-break space keep their meaning even after Ã or Â.
    private static bool IsMojibakeTail(char c) => c is >= '\u0080' and <= '\u00BF' and not ('\u00A0' or '\u00A1' or '\u00AB' or '\u00BB' or '\u00BF');

    // The lead is Ã or Â, precomposed or (after Unicode decomposition) A with a combining tilde or circumflex.
    private static bool AfterMojibakeLead(string text, int i) =>
        text[i - 1] is '\u00C3' or '\u00C2' || (i >= 2 && text[i - 1] is '\u0303' or '\u0302' && text[i - 2] == 'A');

    private static int ScanWord(string text, int i)
    {
        i++;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                i++;
                continue;
            }

            // Mojibake: UTF-8 read as Latin-1 turns "ç" into "Ã§" (twice over, "Ã\u0083Â§"). The byte after the lead
            // letter lands in U+0080–U+00BF, C1 controls and symbols that would otherwise cut a name in two.
            if (IsMojibakeTail(c) && AfterMojibakeLead(text, i))
            {
                i++;
                continue;
            }

            // Joiners stay inside a word only between two word characters: Amir-Abdollahian, don't, U.S, 3.5, 100,000.
            var joins = c is '-' or '\'' or '\u2019' or '.' or '&' or '/' or '\u2010' or '\u2011'
                || (c is ',' or ':' && char.IsDigit(text[i - 1]));
            if (joins && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                if (c is ',' or ':' && !char.IsDigit(text[i + 1]))
                {
                    break;
                }

                i += 2;
                continue;
            }

            break;
        }

        return i;
    }

    private static void AddWord(string text, List<Token> tokens, int start, int end, TokenFlags flags)
    {
        var first = text[start];
        if (char.IsUpper(first))
        {
            flags |= TokenFlags.Capitalized;
        }
        else if (char.IsDigit(first))
        {
            flags |= TokenFlags.Numeric;
        }

        // Split the possessive clitic so "Israel's Foreign Minister" parses as name + 's + title.
        if (end - start > 2 && text[end - 2] is '\'' or '\u2019' && text[end - 1] is 's' or 'S')
        {
            tokens.Add(new Token { Start = start, End = end - 2, Kind = TokenKind.Word, Flags = flags });
            tokens.Add(new Token { Start = end - 2, End = end, Kind = TokenKind.Possessive, Flags = TokenFlags.None });
            return;
        }

        tokens.Add(new Token { Start = start, End = end, Kind = TokenKind.Word, Flags = flags });
    }
}
