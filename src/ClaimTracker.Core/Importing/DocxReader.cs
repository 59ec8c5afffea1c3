using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ClaimTracker.Core.Importing;

/// <summary>A Word document to an article: one paragraph per Word paragraph; title, author and date from its properties.</summary>
internal static class DocxReader
{
    // Guards against a small zip that inflates to gigabytes of XML.
    private const long MaxCharactersInPart = 20_000_000;

    public static ArticleDraft Read(byte[] content, string what)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new ImportRejectedException($"{what} is a Word file without a document body.");
            var paragraphs = new List<string>();
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                var text = ParagraphText(paragraph).Trim();
                if (text.Length > 0)
                {
                    paragraphs.Add(text);
                }
            }

            var properties = document.PackageProperties;
            return new ArticleDraft(
                string.Join("\n\n", paragraphs),
                NullIfBlank(properties.Title),
                null,
                NullIfBlank(properties.Creator),
                null,
                properties.Created?.ToUniversalTime(),
                NullIfBlank(properties.Language));
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException)
        {
            throw new ImportRejectedException($"{what} is not a valid Word (.docx) document.");
        }
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
            }
        }

        return text.ToString();
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
