using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Core.Search;

/// <summary>
/// The SQL Server fallback: the standard SQL Server container has no full-text search, so every term
/// becomes a LIKE over the claim text. Phrases and exclusions keep their meaning; ranking is by date.
/// </summary>
public sealed class LikeSearch(ClaimTrackerDbContext db) : ISearchIndex
{
    private const int SnippetRadius = 90;

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        if (SearchSyntax.Prepare(query, out var terms) is { } answered)
        {
            return answered;
        }

        var claims = db.Claims.AsNoTracking().AsQueryable();
        foreach (var term in terms)
        {
            var pattern = $"%{Escape(term.Text)}%";
            claims = term.IsExcluded
                ? claims.Where(c => !EF.Functions.Like(c.Text, pattern, "\\"))
                : claims.Where(c => EF.Functions.Like(c.Text, pattern, "\\"));
        }

        claims = Filter(claims, query);
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        var page = Math.Max(1, query.Page);
        var count = await claims.CountAsync(cancellationToken);
        var rows = await claims
            .OrderByDescending(c => c.Article!.PublishedAt ?? c.Article.CreatedAt).ThenBy(c => c.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(c => new { c.Id, c.ArticleId, c.Ordinal, c.Article!.Title, c.Article.Outlet, c.Article.PublishedAt, c.Text,
                SourceName = c.Source == null ? c.SourceMention : c.Source.CanonicalName, c.Rating, c.ContestedStatus })
            .ToListAsync(cancellationToken);
        var wanted = terms.Where(t => !t.IsExcluded).Select(t => t.Text).ToList();
        var hits = rows.Select(r => new ClaimHit(r.Id, r.ArticleId, r.Ordinal, r.Title, r.Outlet, r.PublishedAt, r.SourceName,
            r.Rating, r.ContestedStatus, Snippet(r.Text, wanted))).ToList();

        var first = wanted[0];
        var firstPattern = $"%{Escape(first)}%";
        var articles = await db.Articles.AsNoTracking()
            .Where(a => EF.Functions.Like(a.Title, firstPattern, "\\") || EF.Functions.Like(a.Body, firstPattern, "\\"))
            .OrderByDescending(a => a.PublishedAt ?? a.CreatedAt).Take(5)
            .Select(a => new { a.Id, a.Title, a.Outlet, a.PublishedAt })
            .ToListAsync(cancellationToken);
        var sources = await db.Sources.AsNoTracking()
            .Where(s => EF.Functions.Like(s.CanonicalName, firstPattern, "\\"))
            .OrderBy(s => s.CanonicalName).Take(5)
            .Select(s => new SourceHit(s.Id, s.CanonicalName, s.Kind, s.Aliases, s.Claims.Count))
            .ToListAsync(cancellationToken);

        return new SearchResults(
            hits,
            count,
            articles.Select(a => new ArticleHit(a.Id, a.Title, a.Outlet, a.PublishedAt, Snippet(a.Title, wanted))).ToList(),
            sources);
    }

    internal static IQueryable<Claim> Filter(IQueryable<Claim> claims, SearchQuery query)
    {
        if (query.Status is { } status)
        {
            claims = claims.Where(c => c.Article!.Status == status);
        }

        if (query.Rating is { } rating)
        {
            claims = claims.Where(c => c.Rating == rating);
        }

        if (query.SourcingType is { } sourcing)
        {
            claims = claims.Where(c => c.SourcingType == sourcing);
        }

        if (query.SourceId is { } sourceId)
        {
            claims = claims.Where(c => c.SourceId == sourceId);
        }

        if (!string.IsNullOrWhiteSpace(query.Outlet))
        {
            var outlet = query.Outlet.Trim();
            claims = claims.Where(c => c.Article!.Outlet == outlet);
        }

        if (query.From is { } from)
        {
            claims = claims.Where(c => (c.Article!.PublishedAt ?? c.Article.CreatedAt) >= from);
        }

        if (query.To is { } to)
        {
            claims = claims.Where(c => (c.Article!.PublishedAt ?? c.Article.CreatedAt) < to);
        }

        return claims;
    }

    /// <summary>A window of text around the first match, with every occurrence of the searched words highlighted.</summary>
    internal static SearchSnippet Snippet(string text, IReadOnlyList<string> words)
    {
        var first = words.Select(w => text.IndexOf(w, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, first - SnippetRadius);
        var end = Math.Min(text.Length, first + SnippetRadius);
        var window = (start > 0 ? "…" : "") + text[start..end] + (end < text.Length ? "…" : "");
        var highlights = new List<(int, int)>();
        foreach (var word in words.Where(w => w.Length > 0))
        {
            for (var at = window.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = window.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase))
            {
                highlights.Add((at, at + word.Length));
            }
        }

        return new SearchSnippet(window, highlights);
    }

    private static string Escape(string term) =>
        term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal);
}
