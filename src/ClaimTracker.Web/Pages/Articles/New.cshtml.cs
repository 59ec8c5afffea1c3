using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using ClaimTracker.Core.Importing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Web.Pages.Articles;

/// <summary>
/// One form for every way in: pasted text, an uploaded file or a web address. Reading a file or a page fills the
/// form (text and the metadata found) for a check before importing; nothing typed is lost when input is refused.
/// </summary>
// Uploads above the import limit must still reach the handler, so the user gets a message instead of a bare 413.
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes, ValueLengthLimit = MaxRequestBytes)]
public sealed class NewModel(
    ArticleImporter importer,
    DocumentReader reader,
    UrlFetcher fetcher,
    IOptions<ImportOptions> options) : PageModel
{
    private const int MaxRequestBytes = 32 * 1024 * 1024;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    [Display(Name = "Web address")]
    public string? FetchUrl { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>Said after a file or page was read into the form.</summary>
    public string? ReadMessage { get; private set; }

    public ImportOptions Limits => options.Value;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Input.OriginalUrl) && !IsHttpUrl(Input.OriginalUrl))
        {
            ModelState.AddModelError("Input.OriginalUrl", "The article's address must start with http:// or https://.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var result = await importer.ImportAsync(Input.ToDraft(), User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);
            StatusMessage = result.Created
                ? $"Imported the article with {result.ClaimCount} claims."
                : "This text was already imported; here is the existing article.";
            return RedirectToPage("/Articles/Details", new { id = result.ArticleId });
        }
        catch (ImportRejectedException ex)
        {
            ModelState.AddModelError("Input.Body", ex.Message);
            return Page();
        }
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
        if (DocumentReader.KindFromFileName(name) is null)
        {
            ModelState.AddModelError(nameof(Upload), $"{name} is not a supported file type. Use {DocumentReader.SupportedList}.");
            return Page();
        }

        if (Upload.Length > Limits.MaxFileBytes)
        {
            ModelState.AddModelError(nameof(Upload), $"{name} is too large: {DocumentReader.FormatBytes(Upload.Length)}, the limit is {DocumentReader.FormatBytes(Limits.MaxFileBytes)}.");
            return Page();
        }

        var content = new byte[Upload.Length];
        await using (var stream = Upload.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        return await FillFromAsync(() => reader.ReadFile(name, content), name, nameof(Upload), cancellationToken);
    }

    public async Task<IActionResult> OnPostFetchAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(FetchUrl))
        {
            ModelState.AddModelError(nameof(FetchUrl), "Enter the address of the article's page.");
            return Page();
        }

        FetchedDocument fetched;
        try
        {
            fetched = await fetcher.FetchAsync(FetchUrl, cancellationToken);
        }
        catch (ImportRejectedException ex)
        {
            ModelState.AddModelError(nameof(FetchUrl), ex.Message);
            return Page();
        }

        return await FillFromAsync(() => reader.ReadFetched(fetched), fetched.Url.Host, nameof(FetchUrl), cancellationToken);
    }

    private async Task<IActionResult> FillFromAsync(Func<ArticleDraft> read, string what, string errorKey, CancellationToken cancellationToken)
    {
        ArticleDraft draft;
        try
        {
            draft = read();
        }
        catch (ImportRejectedException ex)
        {
            ModelState.AddModelError(errorKey, ex.Message);
            return Page();
        }

        var body = TextNormalizer.NormalizeBody(draft.Body);
        if (body.Length > Limits.MaxBodyChars)
        {
            ModelState.AddModelError(errorKey, $"{what} has {body.Length:N0} characters of text; the limit is {Limits.MaxBodyChars:N0}.");
            return Page();
        }

        if (await importer.FindExistingAsync(body, cancellationToken) is { } existing)
        {
            StatusMessage = "This text was already imported; here is the existing article.";
            return RedirectToPage("/Articles/Details", new { id = existing.ArticleId });
        }

        // What the person typed stands; the document fills only what is still empty.
        Input.Body = body;
        Input.Title = Prefer(Input.Title, draft.Title);
        Input.Outlet = Prefer(Input.Outlet, draft.Outlet);
        Input.Byline = Prefer(Input.Byline, draft.Byline);
        Input.OriginalUrl = Prefer(Input.OriginalUrl, draft.OriginalUrl);
        Input.PublishedAt ??= draft.PublishedAt?.Date;
        ReadMessage = $"Read {CountWords(body):N0} words from {what}. Check the text and details, then import.";
        return Page();
    }

    private static string? Prefer(string? typed, string? found) => string.IsNullOrWhiteSpace(typed) ? found : typed;

    private static int CountWords(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    public sealed class InputModel
    {
        [Display(Name = "Article text")]
        [Required(ErrorMessage = "Paste the article's text, or read it from a file or a web address.")]
        public string? Body { get; set; }

        [StringLength(500)]
        public string? Title { get; set; }

        [StringLength(200)]
        public string? Outlet { get; set; }

        [StringLength(300)]
        public string? Byline { get; set; }

        [Display(Name = "Original address")]
        [StringLength(2048)]
        public string? OriginalUrl { get; set; }

        [Display(Name = "Published")]
        [DataType(DataType.Date)]
        public DateTime? PublishedAt { get; set; }

        public ArticleDraft ToDraft() => new(
            Body ?? string.Empty,
            Title,
            Outlet,
            Byline,
            OriginalUrl,
            PublishedAt is { } date ? DateTime.SpecifyKind(date.Date, DateTimeKind.Utc) : null);
    }
}
