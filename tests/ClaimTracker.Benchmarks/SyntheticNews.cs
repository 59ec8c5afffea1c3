using System.Text;

namespace ClaimTracker.Benchmarks;

/// <summary>
/// Generates a realistic news-like corpus from templates (quotes, reported speech, reporter's voice), seeded and deterministic.
/// </summary>
internal static class SyntheticNews
{
    private static readonly string[] FirstNames = ["Maria", "Omar", "Lena", "Kenji", "Aisha", "Pavel", "Sofia", "Daniel", "Ingrid", "Tariq"];
    private static readonly string[] LastNames = ["Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Novak", "Alvarez", "Brennan", "Kowalski", "Mensah"];
    private static readonly string[] Roles = ["foreign ministry spokesman", "Finance Minister", "Senator", "union leader", "police chief", "Governor"];
    private static readonly string[] Bodies = ["the interior ministry", "the central bank", "the electoral commission", "Reuters", "local officials", "the army"];
    private static readonly string[] Verbs = ["said", "told reporters", "warned", "argued", "added", "noted", "insisted", "claimed"];
    private static readonly string[] Clauses =
    [
        "the new budget would cut spending on roads by 3.5 percent",
        "talks with the neighbouring government had stalled over water rights",
        "the suspects were allegedly planning to leave the country",
        "prices for bread and fuel rose sharply in the U.S. and Europe last month",
        "the bridge would reopen after inspections were completed",
        "nobody had been charged in connection with the fire",
    ];

    private static readonly string[] Voice =
    [
        "The city council met on Tuesday to discuss the plan.",
        "Thousands of people marched through the capital on Saturday.",
        "The agreement was signed in Geneva in Feb. 2021 after months of talks.",
        "Mr. Brown and Gen. Ortiz arrived at No. 10 shortly before noon.",
    ];

    public static string Generate(int approximateWords, int seed = 42)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(approximateWords * 7);
        var words = 0;
        while (words < approximateWords)
        {
            var name = $"{Pick(random, FirstNames)} {Pick(random, LastNames)}";
            var clause = Pick(random, Clauses);
            var paragraph = random.Next(7) switch
            {
                0 => $"\"{Capitalize(clause)}, and we will not accept it,\" {Pick(random, Roles)} {name} said on Monday.",
                1 => $"{Capitalize(Pick(random, Bodies))} said that {clause}.",
                2 => $"{Capitalize(clause)}, according to {Pick(random, Bodies)}.",
                3 => $"{name}, a spokesman for {Pick(random, Bodies)}, {Pick(random, Verbs)} that {clause}. \"We are watching closely,\" he said. \"Nothing is decided.\"",
                4 => $"\"{Capitalize(clause)}.\"",
                5 => $"{Pick(random, Voice)} {Pick(random, Voice)}",
                _ => $"{LastNames[random.Next(LastNames.Length)]} denied the \"baseless\" allegations, saying {clause}.",
            };
            builder.Append(paragraph).Append('\n');
            words += paragraph.Count(c => c == ' ') + 1;
        }

        return builder.ToString();
    }

    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static string Capitalize(string s) => string.Concat(s[..1].ToUpperInvariant(), s.AsSpan(1));
}
