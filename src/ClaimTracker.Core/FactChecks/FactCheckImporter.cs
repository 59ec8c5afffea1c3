using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Core.FactChecks;

/// <summary>What an import did: the batch it made, the checks added, those already in the library, those skipped and why.</summary>
public sealed record FactCheckImportResult(int ImportId, FactCheckFormat Format, int Added, int Duplicates, IReadOnlyList<SkippedRecord> Skipped);

/// <summary>
/// Brings other fact-checkers' checks into the library from a file, pasted markup or a feed address.
/// The policy on bad input: a problem with the input as a whole (too large, not text, not valid JSON, nested too
/// deep, no ClaimReview, no claim or url column, nothing importable) refuses the import and saves nothing; a
/// problem with one record (no claim, no address, a <c>javascript:</c> address) skips that record and names it in
/// the result. What is saved is saved in one transaction: an import is stored whole or not at all. A check already
/// in the library (same address and claim text) is counted as a duplicate and not stored again.
/// </summary>
public sealed class FactCheckImporter(
    ClaimTrackerDbContext db,
    UrlFetcher fetcher,
    IOptions<FactCheckOptions> options,
    FactCheckEmbeddingSignal embedding,
    TimeProvider clock)
{
    /// <summary>Reads an uploaded file: by its extension (.html, .json, .jsonld, .csv, .tsv), else by its content.</summary>
    public Task<FactCheckImportResult> ImportFileAsync(string fileName, ReadOnlyMemory<byte> content, string? userId, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(fileName);
        var parsed = Read(name, content.Span, declaredCharset: null, options.Value);
        return SaveAsync(parsed, name, userId, cancellationToken);
    }

    /// <summary>Markup pasted into the import page: a page's HTML, JSON-LD, or a table.</summary>
    public Task<FactCheckImportResult> ImportPastedAsync(string text, string? userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var settings = options.Value;
        if (Encoding.UTF8.GetByteCount(text) > settings.MaxFileBytes)
        {
            throw TooLarge("The pasted text", Encoding.UTF8.GetByteCount(text), settings.MaxFileBytes);
        }

        return SaveAsync(Parse(text, fileName: null, settings), "pasted markup", userId, cancellationToken);
    }

    /// <summary>A page or feed fetched through the import fetcher (public addresses only, size and time limited).</summary>
    public async Task<FactCheckImportResult> ImportUrlAsync(string url, string? userId, CancellationToken cancellationToken)
    {
        FetchedDocument fetched;
        try
        {
            fetched = await fetcher.FetchAsync(url, cancellationToken);
        }
        catch (ImportRejectedException ex)
        {
            throw new FactCheckImportRefusedException(ex.Message);
        }

        var hint = fetched.MediaType switch
        {
            "text/html" or "application/xhtml+xml" => "feed.html",
            "application/json" or "application/ld+json" => "feed.json",
            "text/csv" => "feed.csv",
            "text/tab-separated-values" => "feed.tsv",
            _ => fetched.Url.AbsolutePath,
        };
        var parsed = Read(hint, fetched.Content, fetched.Charset, options.Value);
        return await SaveAsync(parsed, fetched.Url.AbsoluteUri, userId, cancellationToken);
    }

    /// <summary>Decodes and parses an input without saving anything.</summary>
    public static ParsedFactChecks Read(string? fileName, ReadOnlySpan<byte> content, string? declaredCharset, FactCheckOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var what = string.IsNullOrEmpty(fileName) ? "The input" : Path.GetFileName(fileName);
        if (content.IsEmpty)
        {
            throw new FactCheckImportRefusedException($"{what} is empty.");
        }

        if (content.Length > settings.MaxFileBytes)
        {
            throw TooLarge(what, content.Length, settings.MaxFileBytes);
        }

        string text;
        try
        {
            text = TextDecoder.Decode(content, declaredCharset, what);
        }
        catch (ImportRejectedException ex)
        {
            throw new FactCheckImportRefusedException(ex.Message);
        }

        return Parse(text, fileName, settings);
    }

    private static ParsedFactChecks Parse(string text, string? fileName, FactCheckOptions settings)
    {
        var extension = Path.GetExtension(fileName ?? string.Empty).ToUpperInvariant();
        var start = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        var parsed = extension switch
        {
            ".HTML" or ".HTM" or ".XHTML" => ClaimReviewParser.ParseHtml(text, settings.MaxJsonDepth),
            ".JSON" or ".JSONLD" => ClaimReviewParser.ParseJson(text, settings.MaxJsonDepth),
            ".CSV" or ".TSV" or ".TXT" => FactCheckTableParser.Parse(text, FactCheckTableParser.DetectDelimiter(text, fileName)),
            _ when start.StartsWith("<") => ClaimReviewParser.ParseHtml(text, settings.MaxJsonDepth),
            _ when start.StartsWith("{") || start.StartsWith("[") => ClaimReviewParser.ParseJson(text, settings.MaxJsonDepth),
            _ => FactCheckTableParser.Parse(text, FactCheckTableParser.DetectDelimiter(text, fileName)),
        };
        if (parsed.Records.Count > settings.MaxRecords)
        {
            throw new FactCheckImportRefusedException(string.Create(CultureInfo.InvariantCulture,
                $"The input holds {parsed.Records.Count:N0} checks; one import may hold {settings.MaxRecords:N0}. Split it and import the parts."));
        }

        if (parsed.Records.Count == 0)
        {
            var reasons = string.Join("; ", parsed.Skipped.Take(5).Select(s => $"{s.Where}: {s.Reason}"));
            throw new FactCheckImportRefusedException(parsed.Skipped.Count == 0
                ? "The input has no checks to import."
                : string.Create(CultureInfo.InvariantCulture, $"None of the {parsed.Skipped.Count:N0} checks in the input can be imported ({reasons}). Nothing was imported."));
        }

        return parsed;
    }

    private async Task<FactCheckImportResult> SaveAsync(ParsedFactChecks parsed, string sourceName, string? userId, CancellationToken cancellationToken)
    {
        // Within the input, the first of two identical checks wins; against the library, stored checks win.
        var unique = new Dictionary<string, FactCheckRecord>(StringComparer.Ordinal);
        foreach (var record in parsed.Records)
        {
            unique.TryAdd(DedupKey(record.Url, record.ClaimReviewed), record);
        }

        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in unique.Keys.Chunk(500))
        {
            var keys = chunk.ToList();
            existing.UnionWith(await db.FactChecks.AsNoTracking().Where(f => keys.Contains(f.DedupKey)).Select(f => f.DedupKey).ToListAsync(cancellationToken));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var import = new FactCheckImport
        {
            SourceName = sourceName.Length <= 2048 ? sourceName : sourceName[..2048],
            Format = parsed.Format,
            ImportedAt = now,
            ImportedById = userId,
            Skipped = parsed.Skipped.Count,
        };
        var added = unique.Where(pair => !existing.Contains(pair.Key)).Select(pair => ToEntity(pair.Value, pair.Key, import, now)).ToList();
        import.Added = added.Count;
        import.Duplicates = parsed.Records.Count - added.Count;

        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                db.FactCheckImports.Add(import);
                db.FactChecks.AddRange(added);
                await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
                await transaction.CommitAsync(ct);
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            throw new FactCheckImportRefusedException("Someone imported some of the same checks at the same moment; nothing of this import was saved. Import it again: the checks already there are skipped as duplicates.");
        }

        db.ChangeTracker.AcceptAllChanges();
        embedding.Notify();
        return new FactCheckImportResult(import.Id, parsed.Format, import.Added, import.Duplicates, parsed.Skipped);
    }

    private static FactCheck ToEntity(FactCheckRecord record, string key, FactCheckImport import, DateTime now) => new()
    {
        ClaimReviewed = record.ClaimReviewed,
        CheckedBy = record.CheckedBy,
        CheckedByUrl = record.CheckedByUrl,
        Claimant = record.Claimant,
        RatingText = record.RatingText,
        RatingValue = record.RatingValue,
        BestRating = record.BestRating,
        WorstRating = record.WorstRating,
        CheckedOn = record.CheckedOn,
        Url = record.Url,
        Origin = FactCheckOrigin.Imported,
        Import = import,
        DedupKey = key,
        AddedAt = now,
    };

    /// <summary>The address and the claim with case and spacing evened out: a re-import with reformatted text is still the same check.</summary>
    public static string DedupKey(string url, string claim)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(claim);
        var normalized = string.Join(' ', claim.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url.Trim() + "\n" + normalized)));
    }

    private static FactCheckImportRefusedException TooLarge(string what, long size, int limit) =>
        new($"{what} is too large: {DocumentReader.FormatBytes(size)}, the limit is {DocumentReader.FormatBytes(limit)}. Nothing was imported.");
}
