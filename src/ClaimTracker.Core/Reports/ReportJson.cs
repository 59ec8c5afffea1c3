using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimTracker.Core.Reports;

/// <summary>One JSON shape for the <c>json</c> export and the published snapshots: camelCase, values by name.</summary>
public static class ReportJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,

        // Exports are files, never inlined into HTML: keep non-ASCII text readable instead of \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(SourcingReport report) => JsonSerializer.Serialize(report, Options);

    public static SourcingReport Deserialize(string json) =>
        JsonSerializer.Deserialize<SourcingReport>(json, Options)
        ?? throw new JsonException("The snapshot is empty.");
}
