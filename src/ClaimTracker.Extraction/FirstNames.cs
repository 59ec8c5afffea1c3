using System.Text;

namespace ClaimTracker.Extraction;

/// <summary>
/// First names with the gender they are mostly given to, from <c>Resources/FirstNames.txt</c> (built by
/// <c>Resources/first-names.py</c> from a maintained multilingual name list). Names given to both sexes are absent, so
/// they stay <see cref="Gender.Unknown"/>, which is compatible with either pronoun.
/// </summary>
/// <remarks>
/// The sorted file is kept as its UTF-8 bytes and searched by halves: about 0.8 MB for 58,000 names, where a hash set
/// of strings costs several times that in every process that extracts.
/// </remarks>
internal static class FirstNames
{
    private static readonly (byte[] Names, int[] Starts) Lexicon = Load();

    public static Gender Of(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > 32)
        {
            return Gender.Unknown;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        Span<byte> key = stackalloc byte[Encoding.UTF8.GetMaxByteCount(lower.Length)];
        key = key[..Encoding.UTF8.GetBytes(lower, key)];
        var (names, starts) = Lexicon;
        int lo = 0, hi = starts.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var entry = names.AsSpan(starts[mid]);
            entry = entry[..entry.IndexOf((byte)'\t')];
            var order = entry.SequenceCompareTo(key);
            if (order == 0)
            {
                return names[starts[mid] + entry.Length + 1] == (byte)'f' ? Gender.Female : Gender.Male;
            }

            (lo, hi) = order < 0 ? (mid + 1, hi) : (lo, mid - 1);
        }

        return Gender.Unknown;
    }

    private static (byte[] Names, int[] Starts) Load()
    {
        using var stream = typeof(FirstNames).Assembly.GetManifestResourceStream("ClaimTracker.Extraction.FirstNames.txt")
            ?? throw new InvalidOperationException("The first-name lexicon is missing from the assembly.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var starts = new List<int>(60_000);
        for (var at = 0; at < bytes.Length;)
        {
            var line = bytes.AsSpan(at);
            var length = line.IndexOf((byte)'\n');
            length = length < 0 ? line.Length : length;
            if (line[0] != (byte)'#' && line[..length].IndexOf((byte)'\t') > 0)
            {
                starts.Add(at);
            }

            at += length + 1;
        }

        return (bytes, [.. starts]);
    }
}
