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
    IOptions<ImportOptions> options)
{
    public async Task<ImportResult> ImportAsync(ArticleDraft draft, string? userId, CancellationToken cancellationToken)
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

        var hash = TextNormalizer.ContentHash(body);
        var existing = await FindByHashAsync(hash, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var article = new Article
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
        await AddClaimsAsync(article, extractor.Extract(body), now, cancellationToken);
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

        return new ImportResult(article.Id, Created: true, article.Claims.Count);
    }

    private async Task AddClaimsAsync(Article article, IReadOnlyList<ExtractedClaim> extracted, DateTime now, CancellationToken cancellationToken)
    {
        var linker = new SourceLinker(db, now);
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
    }

    private async Task<ImportResult?> FindByHashAsync(string hash, CancellationToken cancellationToken) =>
        await db.Articles.AsNoTracking()
            .Where(a => a.ContentHash == hash)
            .Select(a => new ImportResult(a.Id, false, a.Claims.Count))
            .FirstOrDefaultAsync(cancellationToken);

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
