namespace ClaimTracker.Extraction;

/// <summary>
/// Rule-based attribution extractor: tokens → quotations → sentences → units (sentences joined by a quotation)
/// → cues and sources → coreference → claims. Deterministic, linear in the input, never throws on any string.
/// </summary>
public sealed class ClaimExtractor : IClaimExtractor
{
    /// <summary>
    /// Inputs longer than this (about 45,000 words, several times the longest news features) are read in windows cut
    /// at line breaks, so working memory stays bounded whatever the input's size; names and pronouns do not reach
    /// across windows. Nothing the extractor looks at lies past a window's closing line break, so a window gives the
    /// same claims whether it is read from the whole text or on its own.
    /// </summary>
    internal const int WindowChars = 1 << 18;

    public IReadOnlyList<ExtractedClaim> Extract(string text)
    {
        var claims = new List<ExtractedClaim>();
        Extract(text, claims.Add);
        return claims;
    }

    public void Extract(string text, Action<ExtractedClaim> sink)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sink);
        var tokens = NewTokenList(text.Length);
        var emitted = 0;
        for (var start = 0; start < text.Length;)
        {
            var end = start + WindowEnd(text.AsSpan(start), complete: true);
            tokens.Clear();
            emitted = new ExtractionRun(text, start, end, tokens, emitted, offset: 0).Run(sink);
            start = end;
        }
    }

    /// <summary>Window by window; offsets count from the start of the whole text.</summary>
    public void Extract(TextReader reader, Action<ExtractedClaim> sink)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sink);
        var tokens = NewTokenList(WindowChars * 2);
        var buffer = new char[WindowChars * 2];
        int held = 0, consumed = 0, emitted = 0;
        var complete = false;
        while (true)
        {
            while (!complete && held < buffer.Length)
            {
                var read = reader.Read(buffer, held, buffer.Length - held);
                complete = read == 0;
                held += read;
            }

            if (held == 0)
            {
                return;
            }

            var cut = WindowEnd(buffer.AsSpan(0, held), complete);
            if (cut < 0)
            {
                // A line longer than the buffer: hold more of it.
                Array.Resize(ref buffer, buffer.Length * 2);
                continue;
            }

            var window = new string(buffer, 0, cut);
            tokens.Clear();
            emitted = new ExtractionRun(window, 0, cut, tokens, emitted, consumed).Run(sink);
            Array.Copy(buffer, cut, buffer, 0, held - cut);
            held -= cut;
            consumed += cut;
            if (held > 0 || !complete)
            {
                // Almost nothing of a finished window survives it, yet the runtime sizes the youngest generation from the
                // processor's cache (tens of megabytes on a large-cache server) and lets the dead windows pile up to that
                // before it collects. A young-generation collection between windows is cheap and keeps a long input's
                // memory near one window's; an input of one window, as an article is, never pays for it.
                GC.Collect(0, GCCollectionMode.Forced, blocking: true);
            }
        }
    }

    /// <summary>News text averages about five characters per token; sizing once avoids repeated copies of a large list.</summary>
    private static List<Token> NewTokenList(int chars) => new((Math.Min(chars, WindowChars * 2) / 5) + 16);

    /// <summary>
    /// The length of the window that opens <paramref name="rest"/>: up to just after the first line break once the
    /// window is full, or all of the rest when it is short or has no line break. -1 when <paramref name="rest"/> is
    /// not <paramref name="complete"/> and more text is needed to decide.
    /// </summary>
    internal static int WindowEnd(ReadOnlySpan<char> rest, bool complete)
    {
        if (rest.Length <= WindowChars + (WindowChars / 2))
        {
            return complete ? rest.Length : -1;
        }

        var lineBreak = rest[WindowChars..].IndexOf('\n');
        if (lineBreak >= 0)
        {
            return WindowChars + lineBreak + 1;
        }

        return complete ? rest.Length : -1;
    }
}
