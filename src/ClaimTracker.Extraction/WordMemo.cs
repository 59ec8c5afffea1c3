using System.Runtime.CompilerServices;

namespace ClaimTracker.Extraction;

/// <summary>
/// Remembers, per thread, which word sets the recently seen words belong to. The rules ask about the same few
/// words of a sentence in dozens of sets, and a case-insensitive hash lookup per question was the largest single
/// cost of extraction; here a repeated question is a string compare and a bit test.
/// </summary>
/// <remarks>
/// Direct-mapped: a word hashes to one slot, which holds its exact text, a bit per set saying the answer is known,
/// and a bit per set for the answer. A different word landing on the slot takes it over. Answers depend only on
/// the text, so the memo never changes a result.
/// </remarks>
internal static class WordMemo
{
    private const int Slots = 4096;
    private const int MaxLength = 24;
    private const int Words = 4;

    /// <summary>Sets with an index past this are asked directly.</summary>
    internal const int SetCapacity = Words * 64;

    [ThreadStatic]
    private static Table? t_table;

    public static bool Contains(WordSet set, ReadOnlySpan<char> word)
    {
        var index = set.Index;
        if (word.Length is 0 or > MaxLength || index >= SetCapacity)
        {
            return set.Lookup(word);
        }

        var table = t_table ??= new Table();
        var slot = Slot(word);
        var text = table.Text.AsSpan(slot * MaxLength, MaxLength);
        var bits = table.Bits.AsSpan(slot * Words * 2, Words * 2);
        if (table.Length[slot] != word.Length || !text[..word.Length].SequenceEqual(word))
        {
            word.CopyTo(text);
            table.Length[slot] = word.Length;
            bits.Clear();
        }

        var mask = 1UL << (index & 63);
        var known = index >> 6;
        if ((bits[known] & mask) != 0)
        {
            return (bits[Words + known] & mask) != 0;
        }

        var answer = set.Lookup(word);
        bits[known] |= mask;
        if (answer)
        {
            bits[Words + known] |= mask;
        }

        return answer;
    }

    // Cheap and case-sensitive: length and three letters spread the closed-class words and names over the slots.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(ReadOnlySpan<char> word)
    {
        var h = (uint)word.Length * 2654435761u;
        h ^= word[0] * 40503u;
        h ^= (uint)word[^1] << 7;
        h ^= (uint)word[word.Length >> 1] << 13;
        h *= 2246822519u;
        return (int)(h >> 20) & (Slots - 1);
    }

    private sealed class Table
    {
        public readonly char[] Text = new char[Slots * MaxLength];
        public readonly int[] Length = new int[Slots];
        public readonly ulong[] Bits = new ulong[Slots * Words * 2];
    }
}
