using System.Runtime.CompilerServices;

namespace ClaimTracker.Extraction;

/// <summary>Splits text into sentence spans; paragraphs (line breaks) always end a sentence.</summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        var paragraphs = new List<Paragraph>();
        Tokenizer.Tokenize(text, tokens, paragraphs);
        var ranges = new List<(int First, int End)>();
        var spans = new List<TextSpan>();
        foreach (var para in paragraphs)
        {
            ranges.Clear();
            SplitParagraph(text, tokens, para, ranges);
            foreach (var (first, end) in ranges)
            {
                spans.Add(new TextSpan(tokens[first].Start, tokens[end - 1].End));
            }
        }

        return spans;
    }

    /// <summary>Appends [first, end) token ranges of the paragraph's sentences.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void SplitParagraph(string text, List<Token> tokens, Paragraph para, List<(int First, int End)> output)
    {
        var start = para.FirstToken;
        for (var t = para.FirstToken; t < para.EndToken; t++)
        {
            var tok = tokens[t];
            if (tok.Kind != TokenKind.Punct || !IsTerminator(text, tok))
            {
                continue;
            }

            // Closing quotes and brackets glued to the terminator belong to the sentence it ends.
            var j = t + 1;
            while (j < para.EndToken && !tokens[j].Is(TokenFlags.SpaceBefore)
                && (tokens[j].Kind == TokenKind.Quote || tokens[j].IsPunct(text, ')') || tokens[j].IsPunct(text, ']')
                    || (tokens[j].Kind == TokenKind.Punct && IsTerminator(text, tokens[j]))))
            {
                j++;
            }

            if (j >= para.EndToken)
            {
                break;
            }

            if (!tokens[j].Is(TokenFlags.SpaceBefore) || !IsBoundary(text, tokens, t, j))
            {
                continue;
            }

            output.Add((start, j));
            start = j;
            t = j - 1;
        }

        if (start < para.EndToken)
        {
            output.Add((start, para.EndToken));
        }
    }

    private static bool IsTerminator(string text, Token tok)
    {
        var c = text[tok.Start];
        return c is '.' or '!' or '?' or '\u2026' or '\u203C' or '\u2047' or '\u2048' or '\u2049' or '\u3002';
    }

    private static bool IsBoundary(string text, List<Token> tokens, int terminator, int next)
    {
        var n = tokens[next];
        if (n.Kind == TokenKind.Word && !n.IsCapitalized && !n.Is(TokenFlags.Numeric))
        {
            // Lowercase continuation: "Really?" he asked. / "... are ridiculous".
            if (!char.IsLetter(text[n.Start]) || char.IsLower(text[n.Start]))
            {
                return false;
            }
        }

        var term = tokens[terminator];
        if (term.Length > 1 || text[term.Start] == '\u2026')
        {
            // An ellipsis ends a sentence only when a capitalized word follows outside a quotation.
            return n.IsCapitalized && !term.InQuote;
        }

        if (text[term.Start] != '.' || terminator == 0)
        {
            return true;
        }

        var prev = tokens[terminator - 1];
        if (prev.Kind != TokenKind.Word || prev.End != term.Start)
        {
            return true;
        }

        var word = prev.Text(text);
        var nextIsStarter = n.Kind == TokenKind.Word && WordLists.SentenceStarters.Contains(n.Text(text));

        // "woken at 5 a.m. "There were police everywhere,"": a quotation that opens on a capital starts a sentence of its own.
        var nextOpensQuote = n.Kind == TokenKind.Quote && next + 1 < tokens.Count && tokens[next + 1].IsCapitalized
            && !tokens[next + 1].Is(TokenFlags.SpaceBefore);
        if (word.Length == 1 && char.IsLetter(word[0]))
        {
            // Initials: J. R. R. Tolkien.
            return nextIsStarter && char.IsLower(word[0]);
        }

        if (word.Contains('.') && !char.IsDigit(word[0]))
        {
            // U.S., D.C., a.m.: ambiguous; a typical sentence opener decides.
            return nextIsStarter || nextOpensQuote;
        }

        if (WordLists.TitleAbbreviations.Contains(word))
        {
            return false;
        }

        if (WordLists.SoftAbbreviations.Contains(word))
        {
            return (nextIsStarter && !n.Is(TokenFlags.Numeric)) || nextOpensQuote;
        }

        return true;
    }
}
