using Microsoft.Extensions.Options;

namespace ClaimTracker.Core.Importing;

/// <summary>The kinds of document an article can be imported from.</summary>
public enum DocumentKind
{
    PlainText,
    Markdown,
    Html,
    Docx,
}

/// <summary>
/// Reads an uploaded, fetched or bulk-imported file into an <see cref="ArticleDraft"/>: picks the reader by extension
/// (or media type for URLs), enforces the file size limit and turns every unreadable input into an
/// <see cref="ImportRejectedException"/> with a message the user can act on.
/// </summary>
public sealed class DocumentReader(IOptions<ImportOptions> options)
{
    public static readonly IReadOnlyList<string> SupportedExtensions = [".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx"];

    public const string SupportedList = ".txt, .md, .html, .htm or .docx";

    public static DocumentKind? KindFromFileName(string fileName) =>
        Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".TXT" or ".TEXT" => DocumentKind.PlainText,
            ".MD" or ".MARKDOWN" => DocumentKind.Markdown,
            ".HTML" or ".HTM" or ".XHTML" => DocumentKind.Html,
            ".DOCX" => DocumentKind.Docx,
            _ => null,
        };

    public static DocumentKind? KindFromMediaType(string? mediaType) =>
        mediaType?.Trim().ToUpperInvariant() switch
        {
            "TEXT/HTML" or "APPLICATION/XHTML+XML" => DocumentKind.Html,
            "TEXT/PLAIN" => DocumentKind.PlainText,
            "TEXT/MARKDOWN" or "TEXT/X-MARKDOWN" => DocumentKind.Markdown,
            "APPLICATION/VND.OPENXMLFORMATS-OFFICEDOCUMENT.WORDPROCESSINGML.DOCUMENT" => DocumentKind.Docx,
            _ => null,
        };

    /// <summary>Reads a file by its name's extension.</summary>
    public ArticleDraft ReadFile(string fileName, ReadOnlySpan<byte> content)
    {
        var name = Path.GetFileName(fileName);
        var kind = KindFromFileName(name)
            ?? throw new ImportRejectedException($"{name} is not a supported file type. Use {SupportedList}.");
        return Read(kind, content, name, declaredCharset: null, baseUrl: null);
    }

    /// <summary>Reads a document fetched from the web, by its media type (or the URL's extension when the type says nothing).</summary>
    public ArticleDraft ReadFetched(FetchedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var kind = KindFromMediaType(document.MediaType)
            ?? (document.MediaType is null or "application/octet-stream" ? KindFromFileName(document.Url.AbsolutePath) : null)
            ?? throw new ImportRejectedException($"The page at {document.Url} is {document.MediaType ?? "of an unknown type"}, not an article ClaimTracker can read (HTML, plain text or .docx).");
        var draft = Read(kind, document.Content, "The page", document.Charset, document.Url);
        return draft with { OriginalUrl = draft.OriginalUrl ?? document.Url.ToString() };
    }

    public ArticleDraft Read(DocumentKind kind, ReadOnlySpan<byte> content, string what, string? declaredCharset, Uri? baseUrl)
    {
        if (content.Length == 0)
        {
            throw new ImportRejectedException($"{what} is empty.");
        }

        var limit = options.Value.MaxFileBytes;
        if (content.Length > limit)
        {
            throw new ImportRejectedException($"{what} is too large: {FormatBytes(content.Length)}, the limit is {FormatBytes(limit)}.");
        }

        var draft = kind switch
        {
            DocumentKind.Docx => DocxReader.Read(content.ToArray(), what),
            DocumentKind.Html => HtmlArticleReader.Read(TextDecoder.Decode(content, declaredCharset ?? HtmlArticleReader.SniffCharset(content), what), baseUrl, what),
            DocumentKind.Markdown => MarkdownReader.Read(TextDecoder.Decode(content, declaredCharset, what)),
            _ => new ArticleDraft(TextDecoder.Decode(content, declaredCharset, what)),
        };

        if (string.IsNullOrWhiteSpace(draft.Body))
        {
            throw new ImportRejectedException($"{what} has no text to import.");
        }

        return draft;
    }

    public static string FormatBytes(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024.0):0.#} MB",
        >= 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes} bytes",
    };
}
