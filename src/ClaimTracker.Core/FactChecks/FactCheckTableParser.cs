using System.Globalization;
using ClaimTracker.Core.Domain;
using CsvHelper;
using CsvHelper.Configuration;

namespace ClaimTracker.Core.FactChecks;

/// <summary>
/// Reads a spreadsheet of checks saved as CSV or TSV: a header line, then one check per row. Columns are found by
/// name (case and spaces ignored, common synonyms accepted); <c>claim</c> and <c>url</c> are required, the rest
/// optional. A row without a claim or with an address that is not http(s) is skipped with its row number.
/// </summary>
public static class FactCheckTableParser
{
    /// <summary>Accepted header names per field, compared after lower-casing and removing spaces, dashes and underscores.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Columns = new Dictionary<string, string[]>
    {
        ["claim"] = ["claim", "claimreviewed", "claimtext", "text", "statement"],
        ["url"] = ["url", "reviewurl", "factcheckurl", "link", "address"],
        ["rating"] = ["rating", "verdict", "textualrating", "ratingtext", "alternatename"],
        ["checker"] = ["checkedby", "checker", "factchecker", "author", "publisher", "organisation", "organization"],
        ["checkerurl"] = ["checkerurl", "checkedbyurl", "publisherurl", "authorurl", "site"],
        ["claimant"] = ["claimant", "speaker", "source", "claimauthor"],
        ["date"] = ["date", "datepublished", "reviewdate", "checkedon", "published"],
        ["ratingvalue"] = ["ratingvalue", "score"],
        ["bestrating"] = ["bestrating", "best"],
        ["worstrating"] = ["worstrating", "worst"],
    };

    public static ParsedFactChecks Parse(string text, char delimiter)
    {
        ArgumentNullException.ThrowIfNull(text);
        var format = delimiter == '\t' ? FactCheckFormat.Tsv : FactCheckFormat.Csv;
        var badRows = new HashSet<int>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            BadDataFound = args => badRows.Add(args.Context.Parser?.Row ?? 0),
            TrimOptions = TrimOptions.Trim,
        };
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            throw new FactCheckImportRefusedException("The file is empty: it needs a header line (claim, rating, url, ...) and one check per row.");
        }

        var positions = FindColumns(header);
        foreach (var required in new[] { "claim", "url" })
        {
            if (!positions.ContainsKey(required))
            {
                throw new FactCheckImportRefusedException(
                    $"The file has no {required} column. Its header line must name one of: {string.Join(", ", Columns[required])} (found: {string.Join(", ", header.Take(12))}). Nothing was imported.");
            }
        }

        var records = new List<FactCheckRecord>();
        var skipped = new List<SkippedRecord>();
        while (csv.Read())
        {
            var row = csv.Parser.Row;
            var where = string.Create(CultureInfo.InvariantCulture, $"row {row}");
            if (badRows.Contains(row))
            {
                skipped.Add(new SkippedRecord(where, "a quoted field is not closed properly"));
                continue;
            }

            string? Field(string name) =>
                positions.TryGetValue(name, out var index) && index < csv.Parser.Count ? csv.GetField(index) : null;

            if (Enumerable.Range(0, csv.Parser.Count).All(i => string.IsNullOrWhiteSpace(csv.GetField(i))))
            {
                continue;
            }

            var (record, problem) = FactCheckFields.Build(
                Field("claim"),
                Field("url"),
                Field("checker"),
                Field("checkerurl"),
                Field("claimant"),
                Field("rating"),
                FactCheckFields.Number(Field("ratingvalue")),
                FactCheckFields.Number(Field("bestrating")),
                FactCheckFields.Number(Field("worstrating")),
                FactCheckFields.Date(Field("date")));
            if (record is null)
            {
                skipped.Add(new SkippedRecord(where, problem!));
            }
            else
            {
                records.Add(record);
            }
        }

        return new ParsedFactChecks(format, records, skipped);
    }

    /// <summary>The delimiter of a table: tab for .tsv or a header line with tabs, else comma (or semicolon when that is all the header has).</summary>
    public static char DetectDelimiter(string text, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (fileName?.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) == true)
        {
            return '\t';
        }

        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var header = end < 0 ? text : text[..end];
        return header.Contains('\t', StringComparison.Ordinal) ? '\t'
            : !header.Contains(',', StringComparison.Ordinal) && header.Contains(';', StringComparison.Ordinal) ? ';'
            : ',';
    }

    private static Dictionary<string, int> FindColumns(string[] header)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var key = new string(header[i].Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
            foreach (var (field, names) in Columns)
            {
                if (names.Contains(key) && !positions.ContainsKey(field))
                {
                    positions[field] = i;
                }
            }
        }

        return positions;
    }
}
