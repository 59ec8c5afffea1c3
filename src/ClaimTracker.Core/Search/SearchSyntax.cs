using System.Text;

namespace ClaimTracker.Core.Search;

/// <summary>One term of a parsed query: a word or "a phrase", optionally a prefix (word*) or excluded (-word / NOT word).</summary>
public sealed record SearchTerm(string Text, bool IsPhrase, bool IsPrefix, bool IsExcluded, bool OrWithPrevious);

/// <summary>
/// Parses what a person types into a search box into terms, with clear errors instead of database syntax
/// errors. Every word is quoted when turned into an FTS5 expression, so punctuation ("Iran's", "U.S.")
/// can never break the query.
/// </summary>
public static class SearchSyntax
{
    public const int MaxTerms = 32;

    public static bool TryParse(string input, out IReadOnlyList<SearchTerm> terms, out string? error)
    {
        var list = new List<SearchTerm>();
        terms = list;
        error = null;
        var text = input ?? string.Empty;
        var pendingOr = false;
        var pendingNot = false;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var excluded = pendingNot;
            if (text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                excluded = true;
                i++;
            }

            string word;
            var phrase = false;
            if (text[i] is '"' or '“' or '”')
            {
                var close = text.IndexOfAny(['"', '“', '”'], i + 1);
                if (close < 0)
                {
                    error = "A quotation mark in your search is not closed.";
                    return false;
                }

                word = text[(i + 1)..close];
                phrase = true;
                i = close + 1;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
                {
                    i++;
                }

                word = text[start..i];
                if (!excluded && word is "OR" or "AND" or "NOT")
                {
                    if (list.Count == 0 || pendingOr || pendingNot)
                    {
                        error = $"“{word}” needs a word before it.";
                        return false;
                    }

                    pendingOr = word == "OR";
                    pendingNot = word == "NOT";
                    continue;
                }
            }

            var prefix = !phrase && word.EndsWith('*');
            word = word.TrimEnd('*');
            if (!HasSearchableCharacter(word))
            {
                pendingOr = pendingNot = false;
                continue;
            }

            list.Add(new SearchTerm(word, phrase, prefix, excluded, pendingOr));
            pendingOr = pendingNot = false;
            if (list.Count > MaxTerms)
            {
                error = $"Use at most {MaxTerms} words in a search.";
                return false;
            }
        }

        if (pendingOr || pendingNot)
        {
            error = "The search ends with OR or NOT; add the word it should apply to.";
            return false;
        }

        if (list.Count > 0 && list.All(t => t.IsExcluded))
        {
            error = "Add at least one word to look for, not only words to leave out.";
            return false;
        }

        return true;
    }

    /// <summary>
    /// Parses a query's words. Returns the results to give straight away (a message for a query that cannot
    /// run, nothing for a query without words), or null when there is something to search for.
    /// </summary>
    public static SearchResults? Prepare(SearchQuery query, out IReadOnlyList<SearchTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!TryParse(query.Text, out terms, out var error))
        {
            return SearchResults.Invalid(error!);
        }

        return terms.Count == 0 ? SearchResults.Empty : null;
    }

    /// <summary>The FTS5 MATCH expression: quoted strings joined by AND/OR, exclusions applied last with NOT.</summary>
    public static string ToFts5(IReadOnlyList<SearchTerm> terms)
    {
        var wanted = new StringBuilder();
        foreach (var term in terms.Where(t => !t.IsExcluded))
        {
            if (wanted.Length > 0)
            {
                wanted.Append(term.OrWithPrevious ? " OR " : " AND ");
            }

            AppendQuoted(wanted, term);
        }

        var expression = new StringBuilder().Append('(').Append(wanted).Append(')');
        foreach (var term in terms.Where(t => t.IsExcluded))
        {
            AppendQuoted(expression.Append(" NOT "), term);
        }

        return expression.ToString();
    }

    private static void AppendQuoted(StringBuilder builder, SearchTerm term)
    {
        builder.Append('"').Append(term.Text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        if (term.IsPrefix)
        {
            builder.Append('*');
        }
    }

    private static bool HasSearchableCharacter(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
