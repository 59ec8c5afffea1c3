namespace ClaimTracker.Extraction;

/// <summary>Splits text into sentence spans; paragraphs (line breaks) always end a sentence.</summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var boundary = c == '\n'
                || ((c is '.' or '!' or '?') && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (boundary)
            {
                Add(text, start, c == '\n' ? i : i + 1, spans);
                start = i + 1;
            }
        }

        Add(text, start, text.Length, spans);
        return spans;
    }

    private static void Add(string text, int start, int end, List<TextSpan> spans)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(new TextSpan(start, end));
        }
    }
}
