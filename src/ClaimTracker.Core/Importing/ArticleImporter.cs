using System.Data.Common;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Extraction;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Core.Importing;

/// <summary>Normalizes an article, finds it again by content hash, or stores it with its extracted claims.</summary>
public sealed class ArticleImporter(
    ClaimTrackerDbContext db,
    IClaimExtractor extractor,
    TimeProvider clock,
    IOptions<ImportOptions> options,
    Matching.ClaimVectorSignal vectors)
{
    public async Task<ImportResult> ImportAsync(ArticleDraft draft, string? userId, CancellationToken cancellationToken)
    {
        var (body, hash) = Prepare(draft);
        var existing = await FindByHashAsync(hash, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var article = NewArticle(draft, body, hash, userId, now);
        await AddClaimsAsync(article, extractor.Extract(body), new SourceLinker(db, now), cancellationToken);
        db.Articles.Add(article);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone may have imported the same text between our check and our insert: theirs stands.
            db.ChangeTracker.Clear();
            var raced = await FindByHashAsync(hash, cancellationToken);
            if (raced is null)
            {
                throw;
            }

            return raced;
        }

        // The background embedder computes the claims' vectors and then links repeats across articles
        // (Repeats.RepeatLinker); the import does not wait for the model.
        vectors.Notify();
        return new ImportResult(article.Id, Created: true, article.Claims.Count);
    }

    /// <summary>
    /// Imports many articles in one transaction: one query finds the duplicates, the extractor runs on all cores,
    /// one query loads the sources they may link to, one save stores them. An article that cannot be imported is
    /// reported as failed without failing the others. Leaves the change tracker empty, so memory stays flat over
    /// any number of batches.
    /// </summary>
    public async Task<IReadOnlyList<ImportOutcome>> ImportBatchAsync(IReadOnlyList<ArticleDraft> drafts, string? userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var outcomes = new ImportOutcome?[drafts.Count];
        var prepared = new List<(int Index, string Body, string Hash)>(drafts.Count);
        for (var i = 0; i < drafts.Count; i++)
        {
            try
            {
                var (body, hash) = Prepare(drafts[i]);
                prepared.Add((i, body, hash));
            }
            catch (ImportRejectedException ex)
            {
                outcomes[i] = ImportOutcome.Failed(ex.Message);
            }
        }

        var hashes = prepared.Select(p => p.Hash).Distinct().ToList();
        var existing = await db.Articles.AsNoTracking()
            .Where(a => hashes.Contains(a.ContentHash))
            .Select(a => new { a.ContentHash, a.Id, Claims = a.Claims.Count })
            .ToDictionaryAsync(a => a.ContentHash, cancellationToken);

        var fresh = new List<(int Index, string Body, string Hash)>();
        var firstWithHash = new Dictionary<string, int>(StringComparer.Ordinal);
        var repeats = new List<(int Index, int FirstIndex)>();
        foreach (var item in prepared)
        {
            if (existing.TryGetValue(item.Hash, out var found))
            {
                outcomes[item.Index] = new ImportOutcome(ImportStatus.Duplicate, found.Id, found.Claims, null);
            }
            else if (firstWithHash.TryGetValue(item.Hash, out var first))
            {
                repeats.Add((item.Index, first));
            }
            else
            {
                firstWithHash[item.Hash] = item.Index;
                fresh.Add(item);
            }
        }

        var extracted = new IReadOnlyList<ExtractedClaim>[fresh.Count];
        Parallel.For(0, fresh.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => extracted[i] = extractor.Extract(fresh[i].Body));

        var now = clock.GetUtcNow().UtcDateTime;
        var sources = await BatchSources.LoadAsync(db, extracted.SelectMany(e => e), cancellationToken);
        var articles = new Article[fresh.Count];
        for (var i = 0; i < fresh.Count; i++)
        {
            articles[i] = NewArticle(drafts[fresh[i].Index], fresh[i].Body, fresh[i].Hash, userId, now);
            await AddClaimsAsync(articles[i], extracted[i], new SourceLinker(db, now, sources), cancellationToken);
        }

        try
        {
            await SaveBatchAsync(articles, cancellationToken);
            for (var i = 0; i < fresh.Count; i++)
            {
                outcomes[fresh[i].Index] = new ImportOutcome(ImportStatus.Imported, articles[i].Id, articles[i].Claims.Count, null);
            }
        }
        catch (DbException) when (!cancellationToken.IsCancellationRequested)
        {
            await FallBackAsync();
        }
        catch (DbUpdateException)
        {
            await FallBackAsync();
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        vectors.Notify();
        foreach (var (index, firstIndex) in repeats)
        {
            var first = outcomes[firstIndex]!;
            outcomes[index] = first.Status == ImportStatus.Failed ? first : first with { Status = ImportStatus.Duplicate };
        }

        return outcomes.Select(o => o!).ToList();

        async Task FallBackAsync()
        {
            // Most likely another importer stored one of these texts meanwhile; one by one, each finds its own answer.
            db.ChangeTracker.Clear();
            foreach (var item in fresh)
            {
                outcomes[item.Index] = await ImportOneSafelyAsync(drafts[item.Index], userId, cancellationToken);
            }
        }
    }

    /// <summary>
    /// One transaction for the whole batch. On SQLite the rows go through prepared statements (see
    /// <see cref="SqliteBulkWriter"/>); elsewhere EF's own batching is fast enough.
    /// </summary>
    private async Task SaveBatchAsync(Article[] articles, CancellationToken cancellationToken)
    {
        if (!DatabaseSetup.IsSqlite(db.Database) || !SqliteBulkWriter.CanWrite(db.Model))
        {
            db.Articles.AddRange(articles);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        using (var writer = new SqliteBulkWriter(db))
        {
            await writer.WriteAsync(articles, cancellationToken);
        }

        // Aliases added to sources that were already stored are ordinary tracked changes.
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<ImportOutcome> ImportOneSafelyAsync(ArticleDraft draft, string? userId, CancellationToken cancellationToken)
    {
        try
        {
            return ImportOutcome.From(await ImportAsync(draft, userId, cancellationToken));
        }
        catch (ImportRejectedException ex)
        {
            return ImportOutcome.Failed(ex.Message);
        }
        catch (DbUpdateException ex)
        {
            db.ChangeTracker.Clear();
            return ImportOutcome.Failed($"the database refused it: {ex.InnerException?.Message ?? ex.Message}");
        }
    }

    /// <summary>The body as stored and its hash, or a rejection for an empty or oversized text.</summary>
    private (string Body, string Hash) Prepare(ArticleDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var body = TextNormalizer.NormalizeBody(draft.Body);
        if (body.Length == 0)
        {
            throw new ImportRejectedException("The article is empty: there is no text to import.");
        }

        if (body.Length > options.Value.MaxBodyChars)
        {
            throw new ImportRejectedException(
                $"The article is too long: {body.Length:N0} characters, the limit is {options.Value.MaxBodyChars:N0}.");
        }

        return (body, TextNormalizer.ContentHash(body));
    }

    private static Article NewArticle(ArticleDraft draft, string body, string hash, string? userId, DateTime now) => new()
    {
        Title = TitleOrFirstLine(draft.Title, body),
        Outlet = Clean(draft.Outlet, 200),
        Byline = Clean(draft.Byline, 300),
        OriginalUrl = Clean(draft.OriginalUrl, 2048),
        PublishedAt = draft.PublishedAt?.ToUniversalTime(),
        Language = Clean(draft.Language, 16) ?? "en",
        Body = body,
        ContentHash = hash,
        Status = ArticleStatus.New,
        CreatedAt = now,
        CreatedById = userId,
    };

    internal static async Task<List<Claim>> AddClaimsAsync(Article article, IReadOnlyList<ExtractedClaim> extracted, SourceLinker linker, CancellationToken cancellationToken)
    {
        var claims = new List<Claim>(extracted.Count);
        for (var i = 0; i < extracted.Count; i++)
        {
            var source = await linker.ResolveAsync(extracted[i], cancellationToken);
            var claim = ClaimMapper.ToClaim(extracted[i], i + 1, source);
            claims.Add(claim);
            article.Claims.Add(claim);
        }

        for (var i = 0; i < extracted.Count; i++)
        {
            foreach (var answered in extracted[i].Answers.Where(a => a >= 0 && a < claims.Count && a != i).Distinct())
            {
                claims[i].OutgoingRelations.Add(new ClaimRelation { ToClaim = claims[answered], Type = ClaimRelationType.Denies });
            }
        }

        return claims;
    }

    /// <summary>The article already stored with this text, if any.</summary>
    public async Task<ImportResult?> FindByHashAsync(string hash, CancellationToken cancellationToken) =>
        await db.Articles.AsNoTracking()
            .Where(a => a.ContentHash == hash)
            .Select(a => new ImportResult(a.Id, false, a.Claims.Count))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The article already stored with this text once normalized, if any; null for text that would be rejected.</summary>
    public Task<ImportResult?> FindExistingAsync(string text, CancellationToken cancellationToken)
    {
        var body = TextNormalizer.NormalizeBody(text ?? string.Empty);
        return body.Length == 0 ? Task.FromResult<ImportResult?>(null) : FindByHashAsync(TextNormalizer.ContentHash(body), cancellationToken);
    }

    private static string TitleOrFirstLine(string? title, string body)
    {
        var chosen = Clean(title, 500);
        if (chosen is not null)
        {
            return chosen;
        }

        var firstLine = body.Split('\n', 2)[0].Trim();
        return firstLine.Length <= 120 ? firstLine : string.Concat(firstLine.AsSpan(0, 119), "…");
    }

    private static string? Clean(string? value, int max)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length <= max ? trimmed : trimmed[..max];
    }
}
