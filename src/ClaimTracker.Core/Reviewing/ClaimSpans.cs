using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Core.Reviewing;

/// <summary>
/// Corrects the extractor's spans: edit a span, split a claim, merge it with the next, delete it, or add a
/// claim over a stretch of the text. Ordinals follow article order afterwards.
/// </summary>
public sealed class ClaimSpans(ClaimTrackerDbContext db, AuditTrail trail, ArticleWorkflow workflow)
{
    private const string RangeMessage = "Choose a stretch of the article's text (start before end, within the text, not only spaces).";

    public async Task<ReviewResult> EditSpanAsync(int claimId, Guid version, int start, int end, ReviewActor actor, CancellationToken cancellationToken)
    {
        var claim = await db.Claims.Include(c => c.Article).FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken);
        if (claim?.Article is null)
        {
            return ReviewResult.Missing;
        }

        if (SpanRules.Normalize(claim.Article.Body, start, end) is not { } range)
        {
            return ReviewResult.Invalid("Start", RangeMessage);
        }

        db.Entry(claim).Property(c => c.Version).OriginalValue = version;
        SetSegments(claim, claim.Article.Body, [range]);
        return await SaveAsync(claim, actor, cancellationToken);
    }

    /// <summary>Splits a claim at a body position inside it; the second half becomes a new claim with the same attribution.</summary>
    public async Task<ReviewResult> SplitAsync(int claimId, Guid version, int at, ReviewActor actor, CancellationToken cancellationToken)
    {
        var claim = await db.Claims.Include(c => c.Article).FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken);
        if (claim?.Article is null)
        {
            return ReviewResult.Missing;
        }

        var body = claim.Article.Body;
        if (SpanRules.Split(body, SpanRules.SegmentsOf(claim), at) is not { } parts)
        {
            return ReviewResult.Invalid("At", $"Split at a position inside the claim, between {claim.Start + 1} and {claim.End - 1}.");
        }

        db.Entry(claim).Property(c => c.Version).OriginalValue = version;
        var second = new Claim
        {
            ArticleId = claim.ArticleId,
            Ordinal = claim.Ordinal,
            Text = string.Empty,
            Kind = claim.Kind,
            Cue = claim.Cue,
            CueStart = claim.CueStart,
            CueEnd = claim.CueEnd,
            SourceMention = claim.SourceMention,
            SourceMentionStart = claim.SourceMentionStart,
            SourceMentionEnd = claim.SourceMentionEnd,
            SpeakerRole = claim.SpeakerRole,
            SourceId = claim.SourceId,
            Hedges = [.. claim.Hedges],
            Origin = ClaimOrigin.EditedByPerson,
            SourcingType = claim.SourcingType,
            AnonymityReason = claim.AnonymityReason,
        };
        SetSegments(claim, body, parts.Left);
        SetSegments(second, body, parts.Right);
        db.Claims.Add(second);
        var saved = await SaveAsync(claim, actor, cancellationToken);
        return saved.Succeeded ? ReviewResult.Saved(second.Id) : saved;
    }

    /// <summary>Merges a claim with the next one in the article; the next one's links and relations move over.</summary>
    public async Task<ReviewResult> MergeWithNextAsync(int claimId, Guid version, ReviewActor actor, CancellationToken cancellationToken)
    {
        var claim = await db.Claims.Include(c => c.Article).FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken);
        if (claim?.Article is null)
        {
            return ReviewResult.Missing;
        }

        var next = await db.Claims
            .Include(c => c.Links).Include(c => c.OutgoingRelations).Include(c => c.IncomingRelations)
            .Where(c => c.ArticleId == claim.ArticleId && c.Ordinal > claim.Ordinal)
            .OrderBy(c => c.Ordinal)
            .FirstOrDefaultAsync(cancellationToken);
        if (next is null)
        {
            return ReviewResult.Invalid(string.Empty, "This is the last claim: there is no next claim to merge with.");
        }

        db.Entry(claim).Property(c => c.Version).OriginalValue = version;
        var existing = await db.ClaimRelations
            .Where(r => r.FromClaimId == claim.Id || r.ToClaimId == claim.Id)
            .Select(r => new { r.FromClaimId, r.ToClaimId, r.Type })
            .ToListAsync(cancellationToken);
        foreach (var link in next.Links.ToList())
        {
            link.ClaimId = claim.Id;
        }

        foreach (var relation in next.OutgoingRelations.Concat(next.IncomingRelations).Distinct().ToList())
        {
            var from = relation.FromClaimId == next.Id ? claim.Id : relation.FromClaimId;
            var to = relation.ToClaimId == next.Id ? claim.Id : relation.ToClaimId;
            if (from == to || existing.Any(e => e.FromClaimId == from && e.ToClaimId == to && e.Type == relation.Type))
            {
                db.ClaimRelations.Remove(relation);
                continue;
            }

            relation.FromClaimId = from;
            relation.ToClaimId = to;
            existing.Add(new { FromClaimId = from, ToClaimId = to, relation.Type });
        }

        SetSegments(claim, claim.Article.Body, SpanRules.Merge(claim.Article.Body, SpanRules.SegmentsOf(claim), SpanRules.SegmentsOf(next)));
        claim.Hedges = claim.Hedges.Union(next.Hedges, StringComparer.OrdinalIgnoreCase).ToList();
        db.ChangeTracker.DetectChanges();
        db.Claims.Remove(next);
        return await SaveAsync(claim, actor, cancellationToken);
    }

    public async Task<ReviewResult> DeleteAsync(int claimId, Guid version, ReviewActor actor, CancellationToken cancellationToken)
    {
        var claim = await db.Claims
            .Include(c => c.Links).Include(c => c.OutgoingRelations).Include(c => c.IncomingRelations)
            .FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken);
        if (claim is null)
        {
            return ReviewResult.Missing;
        }

        db.Entry(claim).Property(c => c.Version).OriginalValue = version;
        db.Claims.Remove(claim);
        return await SaveAsync(claim, actor, cancellationToken);
    }

    /// <summary>Adds an unattributed claim over [start, end) of the body; the reviewer attributes it in the panel.</summary>
    public async Task<ReviewResult> AddAsync(int articleId, int start, int end, ReviewActor actor, CancellationToken cancellationToken)
    {
        var body = await db.Articles.Where(a => a.Id == articleId).Select(a => a.Body).FirstOrDefaultAsync(cancellationToken);
        if (body is null)
        {
            return ReviewResult.Missing;
        }

        if (SpanRules.Normalize(body, start, end) is not { } range)
        {
            return ReviewResult.Invalid("Start", RangeMessage);
        }

        var claim = new Claim
        {
            ArticleId = articleId,
            Ordinal = int.MaxValue,
            Text = string.Empty,
            Kind = ClaimKind.Unattributed,
            Origin = ClaimOrigin.AddedByPerson,
            SourcingType = SourcingType.Unattributed,
        };
        SetSegments(claim, body, [range]);
        db.Claims.Add(claim);
        var saved = await SaveAsync(claim, actor, cancellationToken);
        return saved.Succeeded ? ReviewResult.Saved(claim.Id) : saved;
    }

    private async Task<ReviewResult> SaveAsync(Claim claim, ReviewActor actor, CancellationToken cancellationToken)
    {
        var articleId = claim.ArticleId;
        try
        {
            await trail.SaveAsync(actor, articleId, cancellationToken, async ct =>
            {
                await RenumberAsync(articleId, ct);
                await workflow.TrackAnnotationAsync(articleId, ct);
            });
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ReviewResult.Conflict(null, null);
        }

        return ReviewResult.Saved(claim.Id);
    }

    private static void SetSegments(Claim claim, string body, List<TextRange> segments)
    {
        claim.Segments = segments;
        claim.Start = segments.Min(s => s.Start);
        claim.End = segments.Max(s => s.End);
        claim.Text = SpanRules.TextOf(body, segments);
        if (claim.Origin == ClaimOrigin.Extracted)
        {
            claim.Origin = ClaimOrigin.EditedByPerson;
        }
    }

    /// <summary>
    /// Ordinals follow text order. Set-based so renumbering never changes other claims' versions: a split
    /// elsewhere in the article must not look like a conflict to someone editing claim 12.
    /// </summary>
    private async Task RenumberAsync(int articleId, CancellationToken cancellationToken)
    {
        var claims = await db.Claims.AsNoTracking()
            .Where(c => c.ArticleId == articleId)
            .Select(c => new { c.Id, c.Start, c.End, c.Ordinal })
            .ToListAsync(cancellationToken);
        var ordinal = 0;
        foreach (var claim in claims.OrderBy(c => c.Start).ThenBy(c => c.End).ThenBy(c => c.Id))
        {
            ordinal++;
            if (claim.Ordinal != ordinal)
            {
                var value = ordinal;
                await db.Claims.Where(c => c.Id == claim.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Ordinal, value), cancellationToken);
            }
        }
    }
}
