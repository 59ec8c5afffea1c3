using System.Collections.Frozen;

namespace ClaimTracker.Extraction;

[Flags]
internal enum VerbFrames : byte
{
    None = 0,
    Clausal = 1,
    Object = 2,
    Addressee = 4,
    NeedsComplement = 8,
    Weak = 16,

    /// <summary>The object carries a predicate of its own: "called the plan a mistake", "described it as cruel".</summary>
    ObjectComplement = 32,

    /// <summary>With NeedsComplement: a speech verb that may still close a sentence ("..., the doctor maintains.").</summary>
    Closes = 64,

    /// <summary>
    /// A verb of reception or decision whose other senses take people or things ("welcomed the guests", "overturned a
    /// car"): it reports only when its object names an act, decision or statement ("welcomed the ruling", "upheld the
    /// ban") or carries an "as" predicate ("greeted the subsidy as overdue").
    /// </summary>
    Evaluative = 128,
}

internal enum VerbForm : byte
{
    Base,
    ThirdPerson,
    Past,
    Gerund,
}

/// <summary>One reporting verb sense; Particle is the word that must follow ("on" in "called on").</summary>
internal sealed record VerbEntry(string Lemma, string? Particle, VerbFrames Frames);

internal readonly record struct VerbHit(VerbEntry Entry, VerbForm Form);

/// <summary>
/// The reporting-verb lexicon, loaded from the embedded data file; every inflection is generated up front
/// so that matching a token is one hash lookup on its span.
/// </summary>
internal sealed class ReportingLexicon
{
    private static readonly Lazy<ReportingLexicon> LazyDefault = new(Load);

    private readonly FrozenDictionary<string, VerbHit[]>.AlternateLookup<ReadOnlySpan<char>> _forms;

    private ReportingLexicon(FrozenDictionary<string, VerbHit[]> forms, int lemmaCount)
    {
        _forms = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        LemmaCount = lemmaCount;
        FormCount = forms.Count;
    }

    public static ReportingLexicon Default => LazyDefault.Value;

    public int LemmaCount { get; }

    public int FormCount { get; }

    public bool TryGet(ReadOnlySpan<char> word, out VerbHit[] hits) => _forms.TryGetValue(word, out hits!);

    internal static ReportingLexicon Parse(TextReader reader)
    {
        var forms = new Dictionary<string, List<VerbHit>>(StringComparer.OrdinalIgnoreCase);
        var lemmas = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('|');
            if (parts.Length < 3 || !lemmas.Add(parts[0].Trim()))
            {
                continue;
            }

            var words = parts[0].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var verb = words[0];
            var particle = words.Length > 1 ? words[1] : null;
            var entry = new VerbEntry(parts[0].Trim(), particle, ParseFrames(parts[2]));
            // "label|labeled,labelled": American and British spellings of one past, each with its own gerund.
            foreach (var past in parts[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var (form, kind) in Inflect(verb, past == "-" ? null : past))
                {
                    if (!forms.TryGetValue(form, out var list))
                    {
                        list = [];
                        forms[form] = list;
                    }

                    if (!list.Exists(h => h.Entry == entry && h.Form == kind))
                    {
                        list.Add(new VerbHit(entry, kind));
                    }
                }
            }
        }

        // Particle senses first: "called on" must win over "called".
        var frozen = forms.ToFrozenDictionary(
            kv => kv.Key,
            // A past identical to the base ("read", "forecast") is read as the past first: the base form must agree with a
            // plural subject, the past agrees with any ("The letter read ...").
            kv => kv.Value.OrderBy(h => h.Entry.Particle is null ? 1 : 0).ThenBy(h => h.Form == VerbForm.Past ? 0 : 1).ToArray(),
            StringComparer.OrdinalIgnoreCase);
        return new ReportingLexicon(frozen, lemmas.Count);
    }

    internal static IEnumerable<(string Form, VerbForm Kind)> Inflect(string verb, string? past)
    {
        yield return (verb, VerbForm.Base);
        yield return (ThirdPerson(verb), VerbForm.ThirdPerson);
        var regularPast = RegularPast(verb);
        var pastForm = past ?? regularPast;
        yield return (pastForm, VerbForm.Past);
        if (past is not null && !string.Equals(past, regularPast, StringComparison.Ordinal) && IsDoubled(verb, past))
        {
            // A doubled past (admitted, blogged) implies a doubled gerund (admitting, blogging).
            yield return (string.Concat(verb, verb[^1].ToString(), "ing"), VerbForm.Gerund);
        }
        else
        {
            yield return (Gerund(verb), VerbForm.Gerund);
        }
    }

    private static bool IsDoubled(string verb, string past) =>
        past.Length == verb.Length + 3 && past.StartsWith(verb, StringComparison.Ordinal) && past[verb.Length] == verb[^1];

    private static string ThirdPerson(string verb)
    {
        if (verb.EndsWith('s') || verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith("ch", StringComparison.Ordinal)
            || verb.EndsWith('x') || verb.EndsWith('z') || verb.EndsWith('o'))
        {
            return verb + "es";
        }

        return EndsConsonantY(verb) ? string.Concat(verb.AsSpan(0, verb.Length - 1), "ies") : verb + "s";
    }

    private static string RegularPast(string verb)
    {
        if (verb.EndsWith('e'))
        {
            return verb + "d";
        }

        return EndsConsonantY(verb) ? string.Concat(verb.AsSpan(0, verb.Length - 1), "ied") : verb + "ed";
    }

    private static string Gerund(string verb)
    {
        if (verb.EndsWith("ie", StringComparison.Ordinal))
        {
            return string.Concat(verb.AsSpan(0, verb.Length - 2), "ying");
        }

        if (verb.EndsWith('e') && verb.Length > 2 && verb[^2] is not ('e' or 'y' or 'o'))
        {
            return string.Concat(verb.AsSpan(0, verb.Length - 1), "ing");
        }

        return verb + "ing";
    }

    private static bool EndsConsonantY(string verb) => verb.Length > 1 && verb[^1] == 'y' && verb[^2] is not ('a' or 'e' or 'i' or 'o' or 'u');

    private static VerbFrames ParseFrames(string frames)
    {
        var result = VerbFrames.None;
        foreach (var c in frames)
        {
            result |= c switch
            {
                'S' => VerbFrames.Clausal,
                'O' => VerbFrames.Object,
                'T' => VerbFrames.Addressee,
                'N' => VerbFrames.NeedsComplement,
                'W' => VerbFrames.Weak,
                'C' => VerbFrames.ObjectComplement,
                'F' => VerbFrames.Closes,
                'E' => VerbFrames.Evaluative,
                _ => VerbFrames.None,
            };
        }

        return result;
    }

    private static ReportingLexicon Load()
    {
        using var stream = typeof(ReportingLexicon).Assembly.GetManifestResourceStream("ClaimTracker.Extraction.ReportingVerbs.txt")
            ?? throw new InvalidOperationException("The reporting-verb lexicon resource is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
