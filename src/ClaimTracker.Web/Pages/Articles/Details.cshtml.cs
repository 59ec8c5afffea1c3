using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Pages.Articles;

public sealed class DetailsModel(ClaimTrackerDbContext db) : PageModel
{
    public ArticleView Article { get; private set; } = default!;

    public IReadOnlyList<ClaimRow> Claims { get; private set; } = [];

    public IReadOnlyList<BodyPiece> Body { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new ArticleView(a.Id, a.Title, a.Outlet, a.Byline, a.OriginalUrl, a.PublishedAt, a.Status, a.Body))
            .FirstOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        Article = article;
        Claims = await db.Claims.AsNoTracking()
            .Where(c => c.ArticleId == id)
            .OrderBy(c => c.Ordinal)
            .Select(c => new ClaimRow(c.Id, c.Ordinal, c.Start, c.End, c.Text, c.Kind, c.Cue, c.SourceMention,
                c.Source == null ? null : c.Source.CanonicalName, c.SpeakerRole, c.SourcingType, c.ContestedStatus))
            .ToListAsync(cancellationToken);
        Body = BodyPiece.Split(article.Body, Claims);
        return Page();
    }

    public sealed record ArticleView(int Id, string Title, string? Outlet, string? Byline, string? OriginalUrl, DateTime? PublishedAt, ArticleStatus Status, string Body);

    public sealed record ClaimRow(int Id, int Ordinal, int Start, int End, string Text, ClaimKind Kind, string? Cue,
        string? SourceMention, string? SourceName, string? SpeakerRole, SourcingType SourcingType, ContestedStatus ContestedStatus);
}

/// <summary>A run of the article body, either plain or covered by one claim (the first claim wins where spans overlap).</summary>
public sealed record BodyPiece(string Text, int? ClaimOrdinal, bool Attributed)
{
    public static IReadOnlyList<BodyPiece> Split(string body, IEnumerable<DetailsModel.ClaimRow> claims)
    {
        var pieces = new List<BodyPiece>();
        var at = 0;
        foreach (var claim in claims.OrderBy(c => c.Start))
        {
            var start = Math.Clamp(claim.Start, at, body.Length);
            var end = Math.Clamp(claim.End, start, body.Length);
            if (end <= start)
            {
                continue;
            }

            if (start > at)
            {
                pieces.Add(new BodyPiece(body[at..start], null, false));
            }

            pieces.Add(new BodyPiece(body[start..end], claim.Ordinal, claim.Kind != ClaimKind.Unattributed));
            at = end;
        }

        if (at < body.Length)
        {
            pieces.Add(new BodyPiece(body[at..], null, false));
        }

        return pieces;
    }
}
