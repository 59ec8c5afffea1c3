using System.Collections.Frozen;

namespace ClaimTracker.Extraction;

/// <summary>How often a word is a present-tense verb, or an adjective, in the treebanks it was read from.</summary>
internal enum PresentVerbClass : byte
{
    None,

    /// <summary>A verb as often as not ("support", "plans"): a verb only where its context says so.</summary>
    Ambiguous,

    /// <summary>A verb most of the time ("believe", "spreads").</summary>
    Verb,

    /// <summary>No verb but an adjective most of the time ("steep", "new"): what follows it is the noun it modifies.</summary>
    Adjective,
}

/// <summary>
/// Base and -s forms of verbs, from <c>Resources/PresentVerbs.txt</c> (built by <c>Resources/present-verbs.py</c> from
/// the GUM and UD English EWT treebanks). A present tense has no ending of its own to tell it from a noun, so the
/// word lists of the rules cannot find "women live longer" or "the virus spreads through droplets" as a clause.
/// </summary>
internal static class PresentVerbs
{
    private static readonly FrozenDictionary<string, PresentVerbClass>.AlternateLookup<ReadOnlySpan<char>> Forms = Load();

    public static PresentVerbClass Of(ReadOnlySpan<char> word)
    {
        if (word.Length is < 3 or > 24)
        {
            return PresentVerbClass.None;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        if (Forms.TryGetValue(lower, out var found))
        {
            return found;
        }

        // An -s form too rare in the treebanks to be listed ("lays", "visits") takes its base's class; an adjective's
        // plural-looking form is no verb.
        return lower.Length > 3 && lower[^1] == 's' && lower[^2] != 's' && Forms.TryGetValue(lower[..^1], out var baseForm)
            && baseForm is PresentVerbClass.Verb or PresentVerbClass.Ambiguous
            ? baseForm
            : PresentVerbClass.None;
    }

    private static FrozenDictionary<string, PresentVerbClass>.AlternateLookup<ReadOnlySpan<char>> Load()
    {
        using var stream = typeof(PresentVerbs).Assembly.GetManifestResourceStream("ClaimTracker.Extraction.PresentVerbs.txt")
            ?? throw new InvalidOperationException("The present-verb lexicon is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var forms = new Dictionary<string, PresentVerbClass>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (line.Length == 0 || line[0] == '#' || tab <= 0 || tab + 1 >= line.Length)
            {
                continue;
            }

            forms[line[..tab]] = line[tab + 1] switch
            {
                'v' => PresentVerbClass.Verb,
                'j' => PresentVerbClass.Adjective,
                _ => PresentVerbClass.Ambiguous,
            };
        }

        return forms.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
