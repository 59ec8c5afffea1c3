using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// Reads an <c>id&lt;TAB&gt;text</c> file with that header line. Fields may be quoted the CSV way (a text holding
/// tabs or quotes is written "…""…"), as spreadsheet and data-frame exports do.
/// </summary>
internal static class IdTextFile
{
    public sealed record Row(string Id, string Text);

    public static bool TryRead(string path, out IReadOnlyList<Row> rows, out string error)
    {
        rows = [];
        using var reader = InputText.TryOpen(path, out error);
        if (reader is null)
        {
            return false;
        }

        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = "\t",
            HasHeaderRecord = true,
            BadDataFound = null,
            MissingFieldFound = null,
        };
        using var csv = new CsvReader(reader, configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not ["id", "text", ..])
        {
            error = $"{path}: the first line must be the header 'id<TAB>text'";
            return false;
        }

        var result = new List<Row>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var fields = csv.Parser.Record ?? [];
            if (fields.Length == 0 || (fields.Length == 1 && fields[0].Length == 0))
            {
                continue;
            }

            var id = fields[0].Trim();
            if (id.Length == 0 || fields.Length < 2)
            {
                error = $"{path}, line {csv.Parser.RawRow}: expected 'id<TAB>text'";
                return false;
            }

            if (!seen.Add(id))
            {
                error = $"{path}, line {csv.Parser.RawRow}: id '{id}' appears twice";
                return false;
            }

            result.Add(new Row(id, string.Join('\t', fields.Skip(1))));
        }

        rows = result;
        return true;
    }
}
