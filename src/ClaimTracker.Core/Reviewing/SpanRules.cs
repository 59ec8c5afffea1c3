using ClaimTracker.Core.Domain;

namespace ClaimTracker.Core.Reviewing;

/// <summary>Pure span arithmetic for correcting the extractor: edit, split and merge claims.</summary>
public static class SpanRules
{
    public const string SegmentSeparator = " ... ";

    /// <summary>Trims whitespace off both ends of [start, end); null when the range is empty, out of the body or blank.</summary>
    public static TextRange? Normalize(string body, int start, int end)
    {
        if (start < 0 || end > body.Length || start >= end)
        {
            return null;
        }

        while (start < end && char.IsWhiteSpace(body[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(body[end - 1]))
        {
            end--;
        }

        return start < end ? new TextRange(start, end) : null;
    }

    /// <summary>The claim text its segments give: pieces joined as the extractor joins them.</summary>
    public static string TextOf(string body, IEnumerable<TextRange> segments) =>
        string.Join(SegmentSeparator, segments.Select(s => body[s.Start..s.End].Trim()).Where(s => s.Length > 0));

    /// <summary>
    /// Splits segments at a body position strictly inside the overall span; null when either side would be empty.
    /// A segment containing the position is cut in two (each half trimmed).
    /// </summary>
    public static (List<TextRange> Left, List<TextRange> Right)? Split(string body, IReadOnlyList<TextRange> segments, int at)
    {
        var left = new List<TextRange>();
        var right = new List<TextRange>();
        foreach (var segment in segments.OrderBy(s => s.Start))
        {
            if (segment.End <= at)
            {
                left.Add(segment);
            }
            else if (segment.Start >= at)
            {
                right.Add(segment);
            }
            else
            {
                if (Normalize(body, segment.Start, at) is { } l)
                {
                    left.Add(l);
                }

                if (Normalize(body, at, segment.End) is { } r)
                {
                    right.Add(r);
                }
            }
        }

        return left.Count > 0 && right.Count > 0 ? (left, right) : null;
    }

    /// <summary>
    /// Segments of two neighbouring claims as one claim, in body order. Segments separated only by spaces and
    /// punctuation become one (a split then a merge gives back the original claim); a gap with words in it
    /// (an interrupting "he said") stays a gap.
    /// </summary>
    public static List<TextRange> Merge(string body, IEnumerable<TextRange> first, IEnumerable<TextRange> second)
    {
        var merged = new List<TextRange>();
        foreach (var segment in first.Concat(second).OrderBy(s => s.Start).ThenBy(s => s.End))
        {
            if (merged.Count > 0 && (segment.Start <= merged[^1].End || !HasWords(body.AsSpan(merged[^1].End, segment.Start - merged[^1].End))))
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, segment.End) };
            }
            else
            {
                merged.Add(segment);
            }
        }

        return merged;
    }

    private static bool HasWords(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The segments of a claim, or its whole span when it has none recorded.</summary>
    public static IReadOnlyList<TextRange> SegmentsOf(Claim claim) =>
        claim.Segments.Count > 0 ? claim.Segments : [new TextRange(claim.Start, claim.End)];
}
