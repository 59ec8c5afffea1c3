using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Core.Reports;

public sealed record ExportedReport(byte[] Content, string ContentType, string FileName);

/// <summary>Writes a report in one of the export formats; the web app and the CLI both come through here.</summary>
public sealed class ReportExporter(IOptions<ReportOptions> options)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="baseUrl">The app's address for absolute links; null for relative ones.</param>
    public ExportedReport Export(SourcingReport report, ReportFormat format, Uri? baseUrl)
    {
        ArgumentNullException.ThrowIfNull(report);
        var links = new ReportLinks(ReportLinks.ParseBase(options.Value.PublicBaseUrl) ?? baseUrl);
        var content = format switch
        {
            ReportFormat.Markdown => Utf8.GetBytes(MarkdownReportWriter.Write(report, links)),
            ReportFormat.Csv => Utf8.GetBytes(CsvReportWriter.Write(report)),
            ReportFormat.Json => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(report, ReportJson.Options),
            ReportFormat.ClaimReview => ClaimReviewWriter.Write(report, links, options.Value.Organization),
            ReportFormat.Annotations => AnnotationWriter.Write(report, links),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
        var version = report.Publication is { } p ? string.Create(CultureInfo.InvariantCulture, $"-v{p.Number}") : string.Empty;
        var view = report.View == ReportView.Public ? "-public" : string.Empty;
        var fileName = string.Create(CultureInfo.InvariantCulture,
            $"article-{report.Article.Id}-report{version}{view}.{ReportFormats.Extension(format)}");
        return new ExportedReport(content, ReportFormats.ContentType(format), fileName);
    }
}
