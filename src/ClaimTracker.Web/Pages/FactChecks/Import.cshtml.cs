using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text.Json;
using ClaimTracker.Core.FactChecks;
using ClaimTracker.Core.Importing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Web.Pages.FactChecks;

/// <summary>
/// Brings other fact-checkers' checks into the library: an uploaded file, pasted markup or a feed address. An
/// import is stored whole or not at all; the summary after it names every record skipped and why.
/// </summary>
// Files above the limit must still reach the handler, so the user gets a message instead of a bare 413.
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes, ValueLengthLimit = MaxRequestBytes)]
public sealed class ImportModel(FactCheckImporter importer, IOptions<FactCheckOptions> options) : PageModel
{
    // The summary travels in the TempData cookie, so it names the first twenty skipped records only.
    public const int SkippedShown = 20;
    private const int MaxRequestBytes = 64 * 1024 * 1024;

    [BindProperty]
    [Display(Name = "File")]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    [Display(Name = "Markup or table")]
    public string? Markup { get; set; }

    [BindProperty]
    [Display(Name = "Page or feed address")]
    public string? FeedUrl { get; set; }

    [TempData]
    public string? Summary { get; set; }

    public FactCheckOptions Limits => options.Value;

    public ImportSummary? Result => Summary is null ? null : JsonSerializer.Deserialize<ImportSummary>(Summary);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), Upload is null ? "Choose a file to upload." : $"{Path.GetFileName(Upload.FileName)} is empty.");
            return Page();
        }

        var name = Path.GetFileName(Upload.FileName);
        if (Upload.Length > Limits.MaxFileBytes)
        {
            ModelState.AddModelError(nameof(Upload), $"{name} is too large: {DocumentReader.FormatBytes(Upload.Length)}, the limit is {DocumentReader.FormatBytes(Limits.MaxFileBytes)}. Nothing was imported.");
            return Page();
        }

        var content = new byte[Upload.Length];
        await using (var stream = Upload.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        return await RunAsync(() => importer.ImportFileAsync(name, content, UserId, cancellationToken), name, nameof(Upload));
    }

    public Task<IActionResult> OnPostPasteAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(Markup))
        {
            ModelState.AddModelError(nameof(Markup), "Paste a page's HTML, ClaimReview JSON-LD, or a table with a header line.");
            return Task.FromResult<IActionResult>(Page());
        }

        return RunAsync(() => importer.ImportPastedAsync(Markup, UserId, cancellationToken), "the pasted markup", nameof(Markup));
    }

    public Task<IActionResult> OnPostFetchAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(FeedUrl))
        {
            ModelState.AddModelError(nameof(FeedUrl), "Enter the address of a fact-check page or a ClaimReview feed.");
            return Task.FromResult<IActionResult>(Page());
        }

        return RunAsync(() => importer.ImportUrlAsync(FeedUrl, UserId, cancellationToken), FeedUrl.Trim(), nameof(FeedUrl));
    }

    private string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    private async Task<IActionResult> RunAsync(Func<Task<FactCheckImportResult>> import, string what, string errorKey)
    {
        try
        {
            var result = await import();
            Summary = JsonSerializer.Serialize(new ImportSummary(
                what,
                result.ImportId,
                result.Added,
                result.Duplicates,
                result.Skipped.Count,
                [.. result.Skipped.Take(SkippedShown).Select(s => $"{s.Where}: {s.Reason}")]));
            return RedirectToPage();
        }
        catch (FactCheckImportRefusedException ex)
        {
            ModelState.AddModelError(errorKey, ex.Message);
            return Page();
        }
    }

    /// <summary>What the page says after an import, carried across the redirect.</summary>
    public sealed record ImportSummary(string What, int ImportId, int Added, int Duplicates, int SkippedCount, IReadOnlyList<string> Skipped);
}
