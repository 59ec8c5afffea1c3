using ClaimTracker.Core.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClaimTracker.Web.Pages.Reports;

/// <summary><c>/Reports/{id}/Export?format=md|csv|json|claimreview|annotations[&amp;view=public][&amp;version=N]</c>: a download.</summary>
public sealed class ExportModel(ReportBuilder builder, ReportPublisher publisher, ReportExporter exporter) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int articleId, string? format, string? view, int? version, CancellationToken cancellationToken)
    {
        if (!ReportFormats.TryParse(format, out var chosen))
        {
            return new ContentResult
            {
                StatusCode = StatusCodes.Status400BadRequest,
                ContentType = "text/plain; charset=utf-8",
                Content = $"Unknown export format '{format}'. Use one of: {string.Join(", ", ReportFormats.Names)}.",
            };
        }

        var reportView = IndexModel.ParseView(view);
        var report = version is { } number
            ? await publisher.LoadAsync(articleId, number, reportView, cancellationToken)
            : await builder.BuildAsync(articleId, reportView, cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        var export = exporter.Export(report, chosen, new Uri($"{Request.Scheme}://{Request.Host}{Request.PathBase}/"));

        // The internal variant carries reviewer notes: no shared cache should keep a copy.
        Response.Headers.CacheControl = "no-store";
        return File(export.Content, export.ContentType, export.FileName);
    }
}
