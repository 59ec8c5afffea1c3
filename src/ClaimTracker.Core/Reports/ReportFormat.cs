namespace ClaimTracker.Core.Reports;

public enum ReportFormat
{
    Markdown,
    Csv,
    Json,
    ClaimReview,
    Annotations,
}

/// <summary>The export formats by the names users type (<c>md</c>, <c>csv</c>…), with their media types.</summary>
public static class ReportFormats
{
    private static readonly Dictionary<string, ReportFormat> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["md"] = ReportFormat.Markdown,
        ["csv"] = ReportFormat.Csv,
        ["json"] = ReportFormat.Json,
        ["claimreview"] = ReportFormat.ClaimReview,
        ["annotations"] = ReportFormat.Annotations,
    };

    public static IReadOnlyList<string> Names { get; } = ["md", "csv", "json", "claimreview", "annotations"];

    public static bool TryParse(string? name, out ReportFormat format) =>
        ByName.TryGetValue(name?.Trim() ?? string.Empty, out format);

    public static string Name(ReportFormat format) => ByName.First(p => p.Value == format).Key;

    public static string ContentType(ReportFormat format) => format switch
    {
        ReportFormat.Markdown => "text/markdown; charset=utf-8",
        ReportFormat.Csv => "text/csv; charset=utf-8; header=present",
        ReportFormat.Json => "application/json; charset=utf-8",
        ReportFormat.ClaimReview => "application/ld+json; charset=utf-8",
        ReportFormat.Annotations => "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static string Extension(ReportFormat format) => format switch
    {
        ReportFormat.Markdown => "md",
        ReportFormat.Csv => "csv",
        ReportFormat.Json => "json",
        ReportFormat.ClaimReview => "claimreview.jsonld",
        ReportFormat.Annotations => "annotations.jsonld",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
