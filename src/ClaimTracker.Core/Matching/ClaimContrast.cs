using System.Globalization;

namespace ClaimTracker.Core.Matching;

/// <summary>
/// Why two claims close in meaning may still not be the same claim. Sentence embeddings place a claim next to its
/// negation ("rose" beside "fell", "is safe" beside "is not safe") and beside the same claim with another figure,
/// so these cheap word-level signals are shown next to a match for the fact-checker to judge.
/// </summary>
public readonly record struct ClaimContrast(bool NumbersDiffer, bool NegationDiffers, bool DirectionDiffers)
{
    public bool Any => NumbersDiffer || NegationDiffers || DirectionDiffers;

    public static ClaimContrast Compare(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var a = Read(first);
        var b = Read(second);
        var numbers = a.Numbers.Count > 0 && b.Numbers.Count > 0 && !a.Numbers.SetEquals(b.Numbers);

        // Parity, not presence: "no new taxes" against "no new taxes" is the same claim, and a double negative
        // reads as an affirmative.
        var negation = a.Negators % 2 != b.Negators % 2;
        var direction = Opposed(a.Up, a.Down, b.Down, b.Up) || Opposed(a.Down, a.Up, b.Up, b.Down);
        return new ClaimContrast(numbers, negation, direction);
    }

    /// <summary>
    /// Whether on some scale one text takes only one pole and the other text only the opposite pole; a text that
    /// names both poles of a scale ("rose in May and fell in June") is not opposed to either.
    /// </summary>
    private static bool Opposed(int firstPole, int firstOther, int secondPole, int secondOther) =>
        (firstPole & ~firstOther & secondPole & ~secondOther) != 0;

    /// <summary>Up and Down are bit sets over <see cref="Scales"/>: bit i set when the text names that pole of scale i.</summary>
    private sealed record Reading(HashSet<decimal> Numbers, int Negators, int Up, int Down);

    private static Reading Read(string text)
    {
        var tokens = Tokenise(text);
        var numbers = new HashSet<decimal>();
        var negators = 0;
        int up = 0, down = 0;
        decimal? pending = null;
        foreach (var token in tokens)
        {
            if (Multipliers.TryGetValue(token, out var multiplier))
            {
                // "five million", "5 million" and "a million" name one figure.
                pending = (pending ?? 1m) * multiplier;
                continue;
            }

            if (pending is { } value)
            {
                numbers.Add(value);
                pending = null;
            }

            if (TryNumber(token, out var number))
            {
                pending = number;
                continue;
            }

            if (IsNegator(token))
            {
                negators++;
                continue;
            }

            for (var i = 0; i < Scales.Length; i++)
            {
                up |= Scales[i].Up.Contains(token) ? 1 << i : 0;
                down |= Scales[i].Down.Contains(token) ? 1 << i : 0;
            }
        }

        if (pending is { } last)
        {
            numbers.Add(last);
        }

        return new Reading(numbers, negators, up, down);
    }

    private static bool IsNegator(string token) =>
        Negators.Contains(token) || token.EndsWith("n't", StringComparison.Ordinal);

    private static bool TryNumber(string token, out decimal value)
    {
        if (NumberWords.TryGetValue(token, out var word))
        {
            value = word;
            return true;
        }

        value = 0;
        if (token.Length == 0 || !char.IsAsciiDigit(token[0]))
        {
            return false;
        }

        // Thousand separators only ever group digits, so dropping them keeps "1,200" equal to "1200".
        return decimal.TryParse(token.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// Lower-case words and figures: letters and apostrophes form words; digits with a '.' or ',' between digits
    /// form one figure; '%' and other punctuation separate.
    /// </summary>
    private static List<string> Tokenise(string text)
    {
        var tokens = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var inFigure = current.Length > 0 && char.IsAsciiDigit(current[^1]);
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if ((c is '\'' or '\u2019') && current.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                current.Append('\'');
            }
            else if ((c is '.' or ',') && inFigure && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    private static readonly Dictionary<string, decimal> NumberWords = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20,
    };

    private static readonly Dictionary<string, decimal> Multipliers = new(StringComparer.Ordinal)
    {
        ["hundred"] = 100m, ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m,
    };

    // "nor" is left out: "neither ... nor" is one negation, not two that cancel. "without" is left out too: it heads
    // a phrase of manner or circumstance ("entered without paying", "passed without debate") and leaves the claim
    // itself affirmative.
    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "none", "nobody", "nothing", "neither", "cannot",
        "deny", "denies", "denied", "denying",
    };

    private static HashSet<string> Words(params string[] words) => new(words, StringComparer.Ordinal);

    private static readonly string[] AmountUp =
    [
        "rise", "rises", "rose", "risen", "rising",
        "increase", "increases", "increased", "increasing",
        "up", "higher", "more", "greater", "larger",
        "gain", "gains", "gained", "gaining",
        "grow", "grows", "grew", "grown", "growing", "growth",
        "raise", "raises", "raised", "raising",
        "climb", "climbs", "climbed", "climbing",
        "jump", "jumps", "jumped", "soar", "soars", "soared", "surge", "surges", "surged",
        "boost", "boosts", "boosted",
    ];

    private static readonly string[] AmountDown =
    [
        "fall", "falls", "fell", "fallen", "falling",
        "decrease", "decreases", "decreased", "decreasing",
        "decline", "declines", "declined", "declining",
        "down", "lower", "lowered", "less", "fewer", "smaller",
        "loss", "losses", "lose", "loses", "lost", "losing",
        "shrink", "shrinks", "shrank", "shrunk", "shrinking",
        "cut", "cuts", "cutting",
        "drop", "drops", "dropped", "dropping", "plunge", "plunged", "slump", "slumped",
        "reduce", "reduces", "reduced", "reducing",
    ];

    /// <summary>
    /// Pairs of opposite poles: amount (rose / fell), balance (profit / loss), contest (won / lost) and decision
    /// (approved / rejected). A word may sit on more than one scale: "loss" is both a fall and a deficit.
    /// </summary>
    private static readonly (HashSet<string> Up, HashSet<string> Down)[] Scales =
    [
        (Words(AmountUp), Words(AmountDown)),
        (Words(
            "profit", "profits", "profitable", "surplus", "surpluses", "gain", "gains", "gained", "gaining", "earnings"),
         Words(
            "loss", "losses", "unprofitable", "deficit", "deficits", "shortfall", "shortfalls")),
        (Words(
            "win", "wins", "won", "winning", "victory", "victories", "victorious"),
         Words(
            "lose", "loses", "lost", "losing", "defeat", "defeats", "defeated")),
        (Words(
            "approve", "approves", "approved", "approving", "approval",
            "accept", "accepts", "accepted", "accepting", "acceptance",
            "endorse", "endorses", "endorsed", "endorsing",
            "ratify", "ratifies", "ratified", "ratifying"),
         Words(
            "reject", "rejects", "rejected", "rejecting", "rejection",
            "refuse", "refuses", "refused", "refusing", "refusal",
            "veto", "vetoes", "vetoed", "vetoing",
            "overturn", "overturns", "overturned", "overturning")),
    ];
}
