namespace ClaimTracker.Extraction;

internal enum TokenKind : byte
{
    Word,
    Punct,
    Quote,
    Possessive,
    Symbol,
}

[Flags]
internal enum TokenFlags : byte
{
    None = 0,
    Capitalized = 1,
    InQuote = 2,
    QuoteOpen = 4,
    QuoteClose = 8,
    SingleQuote = 16,
    SpaceBefore = 32,
    Numeric = 64,
}

/// <summary>A token is a span of the input plus cheap lexical flags; no strings are allocated while tokenizing.</summary>
internal struct Token
{
    public int Start;
    public int End;
    public TokenKind Kind;
    public TokenFlags Flags;

    public readonly int Length => End - Start;

    public readonly bool Is(TokenFlags flag) => (Flags & flag) != 0;

    public readonly bool IsWord => Kind == TokenKind.Word;

    public readonly bool IsCapitalized => Kind == TokenKind.Word && (Flags & TokenFlags.Capitalized) != 0;

    public readonly bool InQuote => (Flags & TokenFlags.InQuote) != 0;

    public readonly ReadOnlySpan<char> Text(string source) => source.AsSpan(Start, End - Start);

    public readonly bool IsPunct(string source, char c) => Kind == TokenKind.Punct && source[Start] == c;
}

internal static class TokenSearch
{
    /// <summary>Index of the first token (before <paramref name="end"/>) starting at or after <paramref name="charPos"/>.</summary>
    public static int FirstAt(this List<Token> tokens, int charPos, int end)
    {
        var lo = 0;
        var hi = Math.Min(end, tokens.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < charPos)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
