using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Core.Search;

/// <summary>
/// SQLite FTS5 search over external-content tables (ClaimsFts, ArticlesFts, SourcesFts) that triggers keep
/// in step with their tables; ranked by bm25, snippets from FTS5 itself. Results are reused while the data is
/// unchanged (<see cref="SearchResultCache"/>).
/// </summary>
public sealed class SqliteFullTextSearch(ClaimTrackerDbContext db, SearchResultCache cache) : ISearchIndex
{
    private const int SideResults = 5;

    /// <summary>
    /// bm25 is computed for every ranked match: 30,000 matches of a common word cost ~25 ms of CPU per search.
    /// Past this many, relevance orders the most recently added ones (FTS5 walks a rowid range cheaply).
    /// </summary>
    public const int RankWindow = 2000;

    /// <summary>The side list shows five articles; ranking whole articles is dearer still, so its window is smaller.</summary>
    private const int ArticleRankWindow = 500;

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        if (SearchSyntax.Prepare(query, out var terms) is { } answered)
        {
            return answered;
        }

        var match = SearchSyntax.ToFts5(terms);
        try
        {
            if (!cache.Enabled)
            {
                return await RunAsync(match, query, cancellationToken);
            }

            // Read before the search: if a write lands in between, the entry holds newer data than its key says,
            // never older.
            var version = await db.Database
                .SqlQueryRaw<long>("SELECT Value FROM SearchVersion WHERE Id = 1")
                .SingleAsync(cancellationToken);
            if (cache.TryGet(version, match, query, out var cached))
            {
                return cached;
            }

            var results = await RunAsync(match, query, cancellationToken);
            cache.Set(version, match, query, results);
            return results;
        }
        catch (SqliteException ex) when (ex.Message.Contains("fts5", StringComparison.OrdinalIgnoreCase))
        {
            // The parser should never let this through; if it does, the user still gets a sentence, not a 500.
            return SearchResults.Invalid("The search could not be understood. Try fewer special characters.");
        }
    }

    private async Task<SearchResults> RunAsync(string match, SearchQuery query, CancellationToken cancellationToken)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        var page = Math.Max(1, query.Page);
        var (filterSql, filterParameters) = Filters(query);

        // Without filters the index alone answers; joins are paid only when a filter needs the tables.
        var fromClaims = filterSql.Length == 0
            ? "FROM ClaimsFts WHERE ClaimsFts MATCH @match"
            : "FROM ClaimsFts JOIN Claims c ON c.Id = ClaimsFts.rowid JOIN Articles a ON a.Id = c.ArticleId WHERE ClaimsFts MATCH @match " + filterSql;

        // Only fixed clauses are concatenated into the SQL; every value travels as a parameter.
        var countSql = "SELECT count(*) AS Value " + fromClaims;
        var pageSql = "SELECT ClaimsFts.rowid AS ClaimId, snippet(ClaimsFts, 0, char(2), char(3), '…', 24) AS Marked "
            + fromClaims + " ORDER BY ClaimsFts.rank LIMIT @take OFFSET @skip";
        var claimCount = await db.Database
            .SqlQueryRaw<int>(countSql, [new SqliteParameter("@match", match), .. filterParameters()])
            .SingleAsync(cancellationToken);
        var windowed = claimCount > RankWindow;
        if (windowed)
        {
            var floorSql = "SELECT coalesce(min(rowid), 0) AS Value FROM (SELECT ClaimsFts.rowid AS rowid " + fromClaims + " ORDER BY ClaimsFts.rowid DESC LIMIT @window)";
            var floor = await db.Database
                .SqlQueryRaw<long>(
                    floorSql,
                    [new SqliteParameter("@match", match), new SqliteParameter("@window", RankWindow), .. filterParameters()])
                .SingleAsync(cancellationToken);
            pageSql = pageSql.Replace(" ORDER BY ClaimsFts.rank", " AND ClaimsFts.rowid >= @floor ORDER BY ClaimsFts.rank", StringComparison.Ordinal);
            filterParameters = WithFloor(filterParameters, floor);
        }

        var rows = await db.Database
            .SqlQueryRaw<ClaimRow>(
                pageSql,
                [new SqliteParameter("@match", match), new SqliteParameter("@take", pageSize), new SqliteParameter("@skip", (page - 1) * pageSize), .. filterParameters()])
            .ToListAsync(cancellationToken);

        var ids = rows.Select(r => r.ClaimId).ToList();
        var details = await db.Claims.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                c.ArticleId,
                c.Ordinal,
                c.Article!.Title,
                c.Article.Outlet,
                c.Article.PublishedAt,
                SourceName = c.Source == null ? c.SourceMention : c.Source.CanonicalName,
                c.Rating,
                c.ContestedStatus,
            })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var claims = rows.Where(r => details.ContainsKey(r.ClaimId)).Select(r =>
        {
            var d = details[r.ClaimId];
            return new ClaimHit(d.Id, d.ArticleId, d.Ordinal, d.Title, d.Outlet, d.PublishedAt, d.SourceName, d.Rating, d.ContestedStatus, SearchSnippet.FromMarked(r.Marked));
        }).ToList();

        return new SearchResults(claims, claimCount, await ArticlesAsync(match, cancellationToken), await SourcesAsync(match, cancellationToken))
        {
            RankedWithin = windowed ? RankWindow : null,
        };
    }

    private async Task<IReadOnlyList<ArticleHit>> ArticlesAsync(string match, CancellationToken cancellationToken)
    {
        var rows = await db.Database
            .SqlQueryRaw<ArticleRow>(
                // Ordered by FTS5's own rank (bm25 weighting titles 5:1), so FTS5 sorts inside the index and cuts
                // snippets from the few article bodies shown, not from every ranked one.
                """
                SELECT a.Id AS ArticleId, a.Title AS Title, a.Outlet AS Outlet, a.PublishedAt AS PublishedAt, m.Marked AS Marked
                FROM (SELECT rowid, rank, snippet(ArticlesFts, 1, char(2), char(3), '…', 24) AS Marked
                      FROM ArticlesFts
                      WHERE ArticlesFts MATCH @match AND rank MATCH 'bm25(5.0, 1.0)'
                        AND rowid >= (SELECT coalesce(min(rowid), 0) FROM (SELECT rowid FROM ArticlesFts WHERE ArticlesFts MATCH @match ORDER BY rowid DESC LIMIT @window))
                      ORDER BY rank
                      LIMIT @take) m
                JOIN Articles a ON a.Id = m.rowid
                ORDER BY m.rank
                """,
                new SqliteParameter("@match", match), new SqliteParameter("@take", SideResults), new SqliteParameter("@window", ArticleRankWindow))
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ArticleHit(r.ArticleId, r.Title, r.Outlet,
            r.PublishedAt is { } p ? DateTime.SpecifyKind(p, DateTimeKind.Utc) : null, SearchSnippet.FromMarked(r.Marked))).ToList();
    }

    private async Task<IReadOnlyList<SourceHit>> SourcesAsync(string match, CancellationToken cancellationToken)
    {
        var ids = await db.Database
            .SqlQueryRaw<int>(
                "SELECT rowid AS Value FROM SourcesFts WHERE SourcesFts MATCH @match ORDER BY bm25(SourcesFts) LIMIT @take",
                new SqliteParameter("@match", match), new SqliteParameter("@take", SideResults))
            .ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }

        var sources = await db.Sources.AsNoTracking()
            .Where(s => ids.Contains(s.Id))
            .Select(s => new SourceHit(s.Id, s.CanonicalName, s.Kind, s.Aliases, s.Claims.Count))
            .ToListAsync(cancellationToken);
        return sources.OrderBy(s => ids.IndexOf(s.SourceId)).ToList();
    }

    private static Func<SqliteParameter[]> WithFloor(Func<SqliteParameter[]> parameters, long floor) =>
        () => [.. parameters(), new SqliteParameter("@floor", floor)];

    /// <summary>The filter clauses and a factory for fresh parameters (a parameter object can serve one command only).</summary>
    private static (string Sql, Func<SqliteParameter[]> Parameters) Filters(SearchQuery query)
    {
        var sql = new List<string>();
        var values = new List<(string Name, object Value)>();
        void Add(string clause, string name, object value)
        {
            sql.Add(clause);
            values.Add((name, value));
        }

        if (query.Status is { } status)
        {
            Add("AND a.Status = @status", "@status", status.ToString());
        }

        if (query.Rating is { } rating)
        {
            Add("AND c.Rating = @rating", "@rating", rating.ToString());
        }

        if (query.SourcingType is { } sourcing)
        {
            Add("AND c.SourcingType = @sourcing", "@sourcing", sourcing.ToString());
        }

        if (query.SourceId is { } sourceId)
        {
            Add("AND c.SourceId = @source", "@source", sourceId);
        }

        if (!string.IsNullOrWhiteSpace(query.Outlet))
        {
            Add("AND a.Outlet = @outlet", "@outlet", query.Outlet.Trim());
        }

        // Dates are compared as EF stores them in SQLite: ISO text, which sorts chronologically.
        if (query.From is { } from)
        {
            Add("AND coalesce(a.PublishedAt, a.CreatedAt) >= @from", "@from", from.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (query.To is { } to)
        {
            Add("AND coalesce(a.PublishedAt, a.CreatedAt) < @to", "@to", to.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        }

        return (string.Join(' ', sql), () => values.Select(v => new SqliteParameter(v.Name, v.Value)).ToArray());
    }

    private sealed record ClaimRow(int ClaimId, string Marked);

    private sealed record ArticleRow(int ArticleId, string Title, string? Outlet, DateTime? PublishedAt, string Marked);
}
