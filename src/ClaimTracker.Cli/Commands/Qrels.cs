namespace ClaimTracker.Cli.Commands;

/// <summary>Reads TREC relevance judgements: <c>QUERY ITERATION DOCUMENT RELEVANCE</c> per line, whitespace separated.</summary>
internal static class Qrels
{
    public static bool TryRead(string path, out IReadOnlyDictionary<string, HashSet<string>> relevant, out string error)
    {
        relevant = new Dictionary<string, HashSet<string>>();
        using var reader = InputText.TryOpen(path, out error);
        if (reader is null)
        {
            return false;
        }

        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0)
            {
                continue;
            }

            if (fields.Length != 4 || !int.TryParse(fields[3], out var relevance))
            {
                error = $"{path}, line {number}: expected 'QUERY 0 DOCUMENT RELEVANCE'";
                return false;
            }

            if (relevance > 0)
            {
                if (!result.TryGetValue(fields[0], out var documents))
                {
                    result[fields[0]] = documents = new HashSet<string>(StringComparer.Ordinal);
                }

                documents.Add(fields[2]);
            }
        }

        relevant = result;
        return true;
    }
}
