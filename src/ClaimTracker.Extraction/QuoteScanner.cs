using System.Runtime.CompilerServices;

namespace ClaimTracker.Extraction;

/// <summary>A quotation: tokens strictly between OpenToken and CloseToken (CloseToken is the paragraph's end when unclosed).</summary>
internal readonly record struct QuoteRegion(int OpenToken, int CloseToken, bool Closed, bool ContinuesNextParagraph);

/// <summary>
/// Pairs quote marks per paragraph using the characters around each mark (flanking), so straight quotes,
/// curly quotes, guillemets and doubled apostrophes all work, and an unbalanced mark can never swallow
/// more than the rest of its own paragraph.
/// </summary>
internal static class QuoteScanner
{
    private enum Role
    {
        Opener,
        Closer,
        Ambiguous,
    }

    // One long-running call per document: compile it fully optimized up front instead of tiering up mid-loop.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scan(string text, List<Token> tokens, List<Paragraph> paragraphs, List<QuoteRegion> regions)
    {
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var para = paragraphs[p];
            var open = -1;
            var openSingle = -1;
            var nested = 0;
            for (var t = para.FirstToken; t < para.EndToken; t++)
            {
                var tok = tokens[t];
                if (tok.Kind == TokenKind.Possessive && tok.Length == 1 && openSingle >= 0 && open < 0
                    && (t + 1 >= para.EndToken || tokens[t + 1].Kind != TokenKind.Word))
                {
                    // "'We will not raise taxes'": a trailing apostrophe not followed by a noun closes the single quote.
                    tok.Kind = TokenKind.Quote;
                    tok.Flags |= TokenFlags.SingleQuote;
                    tokens[t] = tok;
                }

                if (tok.Kind != TokenKind.Quote)
                {
                    continue;
                }

                var role = Classify(text, tok);
                if (tok.Is(TokenFlags.SingleQuote))
                {
                    // Single quotes only delimit at top level; inside a double quote they are nested or apostrophes.
                    if (open >= 0)
                    {
                        continue;
                    }

                    if (openSingle < 0)
                    {
                        if (role == Role.Opener && text[tok.Start] is '\'' or '\u2018' or '\u2039')
                        {
                            openSingle = t;
                        }
                    }
                    else if (role == Role.Closer && (t - openSingle > 2 || IsSingleQuotedWord(text, tokens, openSingle, t)))
                    {
                        Add(tokens, regions, openSingle, t, closed: true, continues: false);
                        openSingle = -1;
                    }

                    continue;
                }

                // A curly quotation inside a straight one ('"PENCE: ... “Shark Tank.” But ...') is nested, not a restart.
                if (open >= 0 && text[tokens[open].Start] == '"' && text[tok.Start] is '\u201C' or '\u201D')
                {
                    if (text[tok.Start] == '\u201C' && role == Role.Opener)
                    {
                        nested++;
                        continue;
                    }

                    if (nested > 0)
                    {
                        nested--;
                        continue;
                    }
                }

                if (open < 0)
                {
                    if (role != Role.Closer)
                    {
                        open = t;
                        openSingle = -1;
                        nested = 0;
                    }
                }
                else if (role != Role.Opener)
                {
                    Add(tokens, regions, open, t, closed: true, continues: false);
                    open = -1;
                }
                else
                {
                    // Two openers in a row: the first was stray.
                    open = t;
                }
            }

            if (open >= 0)
            {
                var continues = p + 1 < paragraphs.Count && OpensWithQuote(text, tokens, paragraphs[p + 1]);
                Add(tokens, regions, open, para.EndToken, closed: false, continues);
            }
        }
    }

    public static bool OpensWithQuote(string text, List<Token> tokens, Paragraph para)
    {
        if (para.FirstToken >= para.EndToken)
        {
            return false;
        }

        var first = tokens[para.FirstToken];
        return first.Kind == TokenKind.Quote && !first.Is(TokenFlags.SingleQuote) && Classify(text, first) != Role.Closer;
    }

    private static void Add(List<Token> tokens, List<QuoteRegion> regions, int open, int close, bool closed, bool continues)
    {
        regions.Add(new QuoteRegion(open, close, closed, continues));
        var o = tokens[open];
        o.Flags |= TokenFlags.QuoteOpen;
        tokens[open] = o;
        for (var i = open + 1; i < close; i++)
        {
            var t = tokens[i];
            t.Flags |= TokenFlags.InQuote;
            tokens[i] = t;
        }

        if (closed)
        {
            var c = tokens[close];
            c.Flags |= TokenFlags.QuoteClose;
            tokens[close] = c;
        }
    }

    private static Role Classify(string text, Token tok)
    {
        var prev = tok.Start > 0 ? text[tok.Start - 1] : ' ';
        var next = tok.End < text.Length ? text[tok.End] : ' ';
        var leftFlank = char.IsWhiteSpace(prev) || prev is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' or ':' || IsQuoteChar(prev);
        var rightFlank = char.IsWhiteSpace(next) || next is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\u2014' or '\u2013' or '-' || IsQuoteChar(next);
        var c = text[tok.Start];
        if (c is '\u201C' or '\u00AB' or '\u201E' or '\u201F' or '\u2018' or '\u2039')
        {
            return !leftFlank && rightFlank ? Role.Closer : Role.Opener;
        }

        if (c is '\u201D' or '\u00BB' or '\u203A')
        {
            return leftFlank && !rightFlank ? Role.Opener : Role.Closer;
        }

        if (c == '\u2019')
        {
            return !leftFlank && rightFlank ? Role.Closer : Role.Ambiguous;
        }

        if (leftFlank && !rightFlank)
        {
            return Role.Opener;
        }

        return !leftFlank && rightFlank ? Role.Closer : Role.Ambiguous;
    }

    /// <summary>
    /// "called the response ‘shambolic’": curly single quotes round one word of three letters or more are a scare quote,
    /// as double ones would be; straight marks round a short word ("rock 'n' roll") are elisions.
    /// </summary>
    private static bool IsSingleQuotedWord(string text, List<Token> tokens, int open, int close) =>
        close - open == 2 && text[tokens[open].Start] == '\u2018' && text[tokens[close].Start] == '\u2019'
        && tokens[open + 1].Kind == TokenKind.Word && tokens[open + 1].Length >= 3;

    private static bool IsQuoteChar(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB';
}
