using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Core.Reviewing;

/// <summary>A corroborating link as the reviewer types it.</summary>
public sealed record LinkFields(string? Url, string? Title, string? Publisher, LinkStance Stance, DateTime? AccessedAt, string? Note);

/// <summary>
/// The claim panel's commands: annotate a claim and manage its corroborating links. Every save goes through
/// <see cref="AuditTrail"/> and moves a new article into review.
/// </summary>
public sealed class ClaimReview(ClaimTrackerDbContext db, AuditTrail trail, ArticleWorkflow workflow)
{
    /// <summary>
    /// Saves the panel. <paramref name="version"/> is the claim's token when the form was rendered: if someone
    /// saved in between, nothing is written and the result carries their values.
    /// </summary>
    public async Task<ReviewResult> UpdateAsync(int claimId, Guid version, ClaimFields fields, NewSource? newSource, ReviewActor actor, CancellationToken cancellationToken)
    {
        var claim = await db.Claims.Include(c => c.IncomingRelations).FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken);
        if (claim is null)
        {
            return ReviewResult.Missing;
        }

        var errors = await ValidateAsync(claim, fields, newSource, cancellationToken);
        if (errors.Count > 0)
        {
            return ReviewResult.Invalid(errors);
        }

        db.Entry(claim).Property(c => c.Version).OriginalValue = version;
        Apply(claim, fields, newSource, actor);
        return await SaveAnnotationAsync(claim, actor, cancellationToken);
    }

    /// <summary>
    /// Takes over an earlier review of the same claim made in another article (a Repeats relation): its rating,
    /// contested status with who contests or denies it, and its corroborating links. The reviewer still marks
    /// the claim reviewed themselves. Refused as a conflict if the claim changed since the form was rendered.
    /// </summary>
    public async Task<ReviewResult> CopyReviewAsync(int claimId, Guid version, int fromClaimId, ReviewActor actor, CancellationToken cancellationToken)
    {
        var isRepeat = await db.ClaimRelations.AnyAsync(r => r.Type == ClaimRelationType.Repeats
            && ((r.FromClaimId == claimId && r.ToClaimId == fromClaimId) || (r.FromClaimId == fromClaimId && r.ToClaimId == claimId)), cancellationToken);
        var claim = await db.Claims.FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken);
        var earlier = await db.Claims.AsNoTracking().Include(c => c.Links).FirstOrDefaultAsync(c => c.Id == fromClaimId, cancellationToken);
        if (claim is null || earlier is null)
        {
            return ReviewResult.Missing;
        }

        if (!isRepeat)
        {
            return ReviewResult.Invalid(string.Empty, "Only the review of a repeat of this claim can be copied.");
        }

        db.Entry(claim).Property(c => c.Version).OriginalValue = version;
        db.Entry(claim).Property(c => c.Version).IsModified = true;
        claim.Rating = earlier.Rating;
        claim.ContestedStatus = earlier.ContestedStatus;
        claim.ContestedBySourceId = earlier.ContestedBySourceId;
        var deniers = await db.ClaimRelations.AsNoTracking()
            .Where(r => r.ToClaimId == fromClaimId && r.Type == ClaimRelationType.Denies)
            .Select(r => r.FromClaimId)
            .Where(from => !db.ClaimRelations.Any(x => x.FromClaimId == from && x.ToClaimId == claimId && x.Type == ClaimRelationType.Denies))
            .ToListAsync(cancellationToken);
        foreach (var denier in deniers.Where(d => d != claimId))
        {
            db.ClaimRelations.Add(new ClaimRelation { FromClaimId = denier, ToClaimId = claimId, Type = ClaimRelationType.Denies });
        }

        var known = await db.CorroboratingLinks.Where(l => l.ClaimId == claimId).Select(l => l.Url).ToListAsync(cancellationToken);
        foreach (var link in earlier.Links.Where(l => !known.Contains(l.Url)))
        {
            db.CorroboratingLinks.Add(new CorroboratingLink
            {
                ClaimId = claimId,
                Url = link.Url,
                Title = link.Title,
                Publisher = link.Publisher,
                Stance = link.Stance,
                AccessedAt = link.AccessedAt,
                Note = link.Note,
                AddedById = actor.UserId,
                AddedAt = trail.Now,
            });
        }

        return await SaveAnnotationAsync(claim, actor, cancellationToken);
    }

    /// <summary>Saves an annotated claim with its audit rows; a concurrent save elsewhere comes back as a conflict.</summary>
    private async Task<ReviewResult> SaveAnnotationAsync(Claim claim, ReviewActor actor, CancellationToken cancellationToken)
    {
        try
        {
            await trail.SaveAsync(actor, claim.ArticleId, cancellationToken, ct => workflow.TrackAnnotationAsync(claim.ArticleId, ct));
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await ConflictAsync(claim.Id, cancellationToken);
        }

        return ReviewResult.Saved(claim.Id);
    }

    /// <summary>The current state of a claim, as a conflict shows it.</summary>
    public async Task<ReviewResult> ConflictAsync(int claimId, CancellationToken cancellationToken)
    {
        var theirs = await db.Claims.AsNoTracking().FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken);
        if (theirs is null)
        {
            return ReviewResult.Missing;
        }

        var deniedBy = await DeniedByAsync(claimId, cancellationToken);
        return ReviewResult.Conflict(ClaimFields.From(theirs, deniedBy), theirs.Version);
    }

    public Task<int?> DeniedByAsync(int claimId, CancellationToken cancellationToken) => DeniedByQuery(db, claimId, cancellationToken);

    // Compiled: the review page asks this on every request.
    private static readonly Func<ClaimTrackerDbContext, int, CancellationToken, Task<int?>> DeniedByQuery = EF.CompileAsyncQuery(
        (ClaimTrackerDbContext db, int claimId, CancellationToken _) => db.ClaimRelations
            .Where(r => r.ToClaimId == claimId && r.Type == ClaimRelationType.Denies)
            .OrderBy(r => r.Id).Select(r => (int?)r.FromClaimId).FirstOrDefault());

    public async Task<ReviewResult> AddLinkAsync(int claimId, LinkFields fields, ReviewActor actor, CancellationToken cancellationToken)
    {
        var claim = await db.Claims.FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken);
        if (claim is null)
        {
            return ReviewResult.Missing;
        }

        if (ValidateLink(fields, out var url) is { } invalid)
        {
            return invalid;
        }

        var link = new CorroboratingLink
        {
            ClaimId = claim.Id,
            Url = url,
            AddedById = actor.UserId,
            AddedAt = trail.Now,
        };
        Apply(link, fields, url);
        db.CorroboratingLinks.Add(link);
        db.Entry(claim).Property(c => c.Version).IsModified = true;
        await trail.SaveAsync(actor, claim.ArticleId, cancellationToken, ct => workflow.TrackAnnotationAsync(claim.ArticleId, ct));
        return ReviewResult.Saved(link.Id);
    }

    /// <summary>
    /// Edits a link. With <paramref name="claimVersion"/> (the claim's token when the form was rendered) the
    /// edit is refused as a conflict if anyone changed the claim or its links since, so two people editing one
    /// link never silently overwrite each other.
    /// </summary>
    public async Task<ReviewResult> UpdateLinkAsync(int linkId, Guid? claimVersion, LinkFields fields, ReviewActor actor, CancellationToken cancellationToken)
    {
        var link = await db.CorroboratingLinks.Include(l => l.Claim).FirstOrDefaultAsync(l => l.Id == linkId, cancellationToken);
        if (link?.Claim is null)
        {
            return ReviewResult.Missing;
        }

        if (ValidateLink(fields, out var url) is { } invalid)
        {
            return invalid;
        }

        Apply(link, fields, url);
        return await SaveLinkChangeAsync(link.Claim, claimVersion, link.Id, actor, cancellationToken);
    }

    public async Task<ReviewResult> RemoveLinkAsync(int linkId, Guid? claimVersion, ReviewActor actor, CancellationToken cancellationToken)
    {
        var link = await db.CorroboratingLinks.Include(l => l.Claim).FirstOrDefaultAsync(l => l.Id == linkId, cancellationToken);
        if (link?.Claim is null)
        {
            return ReviewResult.Missing;
        }

        db.CorroboratingLinks.Remove(link);
        return await SaveLinkChangeAsync(link.Claim, claimVersion, link.ClaimId, actor, cancellationToken);
    }

    // A link change also renews its claim's version: the claim's token then covers its links too.
    private async Task<ReviewResult> SaveLinkChangeAsync(Claim claim, Guid? claimVersion, int id, ReviewActor actor, CancellationToken cancellationToken)
    {
        var version = db.Entry(claim).Property(c => c.Version);
        if (claimVersion is { } posted)
        {
            version.OriginalValue = posted;
        }

        version.IsModified = true;
        try
        {
            await trail.SaveAsync(actor, claim.ArticleId, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ReviewResult.Conflict(null, null);
        }

        return ReviewResult.Saved(id);
    }

    private static ReviewResult? ValidateLink(LinkFields fields, out string url)
    {
        var errors = new List<ReviewError>();
        if (!LinkRules.TryNormalizeUrl(fields.Url, out url))
        {
            errors.Add(new ReviewError(nameof(LinkFields.Url), LinkRules.UrlMessage));
        }

        CheckLength(errors, nameof(LinkFields.Title), fields.Title, 500);
        CheckLength(errors, nameof(LinkFields.Publisher), fields.Publisher, 200);
        CheckLength(errors, nameof(LinkFields.Note), fields.Note, 4000);
        return errors.Count > 0 ? ReviewResult.Invalid(errors) : null;
    }

    private static void Apply(CorroboratingLink link, LinkFields fields, string url)
    {
        link.Url = url;
        link.Title = Clean(fields.Title);
        link.Publisher = Clean(fields.Publisher);
        link.Stance = fields.Stance;
        link.AccessedAt = fields.AccessedAt is { } at ? DateTime.SpecifyKind(at.Date, DateTimeKind.Utc) : null;
        link.Note = Clean(fields.Note);
    }

    private async Task<List<ReviewError>> ValidateAsync(Claim claim, ClaimFields fields, NewSource? newSource, CancellationToken cancellationToken)
    {
        var errors = new List<ReviewError>();
        if (fields.SourcingType == SourcingType.Anonymous && string.IsNullOrWhiteSpace(fields.AnonymityReason))
        {
            errors.Add(new ReviewError(nameof(ClaimFields.AnonymityReason), "Say why the source is anonymous (required for anonymous sourcing)."));
        }

        if (fields.ContestedStatus != ContestedStatus.Uncontested && fields.ContestedBySourceId is null && fields.DeniedByClaimId is null)
        {
            errors.Add(new ReviewError(nameof(ClaimFields.ContestedBySourceId),
                $"Say who {(fields.ContestedStatus == ContestedStatus.Denied ? "denies" : "contests")} it: a source or the denying claim."));
        }

        if (newSource is not null && (string.IsNullOrWhiteSpace(newSource.Name) || newSource.Name.Trim().Length > 300))
        {
            errors.Add(new ReviewError("NewSourceName", "A new source needs a name of at most 300 characters."));
        }
        else if (newSource is null && fields.SourceId is { } sourceId && !await db.Sources.AnyAsync(s => s.Id == sourceId, cancellationToken))
        {
            errors.Add(new ReviewError(nameof(ClaimFields.SourceId), "That source no longer exists."));
        }

        if (fields.ContestedStatus != ContestedStatus.Uncontested && fields.ContestedBySourceId is { } byId
            && !await db.Sources.AnyAsync(s => s.Id == byId, cancellationToken))
        {
            errors.Add(new ReviewError(nameof(ClaimFields.ContestedBySourceId), "That source no longer exists."));
        }

        if (fields.ContestedStatus != ContestedStatus.Uncontested && fields.DeniedByClaimId is { } deniedBy
            && (deniedBy == claim.Id || !await db.Claims.AnyAsync(c => c.Id == deniedBy && c.ArticleId == claim.ArticleId, cancellationToken)))
        {
            errors.Add(new ReviewError(nameof(ClaimFields.DeniedByClaimId), "Pick another claim of this article."));
        }

        CheckLength(errors, nameof(ClaimFields.Cue), fields.Cue, 200);
        CheckLength(errors, nameof(ClaimFields.SpeakerRole), fields.SpeakerRole, 300);
        CheckLength(errors, nameof(ClaimFields.AnonymityReason), fields.AnonymityReason, 1000);
        CheckLength(errors, nameof(ClaimFields.ReviewerNotes), fields.ReviewerNotes, 8000);
        if (fields.Hedges.Any(h => h.Length > 100))
        {
            errors.Add(new ReviewError(nameof(ClaimFields.Hedges), "Each hedge is at most 100 characters."));
        }

        return errors;
    }

    private void Apply(Claim claim, ClaimFields fields, NewSource? newSource, ReviewActor actor)
    {
        var before = (claim.Kind, claim.Cue, claim.SpeakerRole, claim.SourceId);
        claim.Kind = fields.Kind;
        claim.Cue = Clean(fields.Cue);
        claim.SpeakerRole = Clean(fields.SpeakerRole);
        if (newSource is not null)
        {
            claim.Source = new Source
            {
                CanonicalName = newSource.Name.Trim(),
                Kind = newSource.Kind,
                Affiliation = Clean(newSource.Affiliation),
                CreatedAt = trail.Now,
            };
        }
        else
        {
            claim.SourceId = fields.SourceId;
        }

        claim.SourcingType = fields.SourcingType;
        claim.AnonymityReason = Clean(fields.AnonymityReason);
        claim.ContestedStatus = fields.ContestedStatus;
        claim.ContestedBySourceId = fields.ContestedStatus == ContestedStatus.Uncontested ? null : fields.ContestedBySourceId;
        claim.Rating = fields.Rating;
        if (!claim.Hedges.SequenceEqual(fields.Hedges))
        {
            claim.Hedges = [.. fields.Hedges];
        }

        claim.ReviewerNotes = Clean(fields.ReviewerNotes);
        if (fields.Reviewed && claim.ReviewedAt is null)
        {
            claim.ReviewedAt = trail.Now;
            claim.ReviewedById = actor.UserId;
        }
        else if (!fields.Reviewed && claim.ReviewedAt is not null)
        {
            claim.ReviewedAt = null;
            claim.ReviewedById = null;
        }

        // Correcting what the extractor found marks the claim as a person's reading, not the machine's.
        if (claim.Origin == ClaimOrigin.Extracted
            && (before.Kind != claim.Kind || before.Cue != claim.Cue || before.SpeakerRole != claim.SpeakerRole || newSource is not null || before.SourceId != claim.SourceId))
        {
            claim.Origin = ClaimOrigin.EditedByPerson;
        }

        var deniedBy = fields.ContestedStatus == ContestedStatus.Uncontested ? null : fields.DeniedByClaimId;
        var denials = claim.IncomingRelations.Where(r => r.Type == ClaimRelationType.Denies).ToList();
        foreach (var stale in denials.Where(r => r.FromClaimId != deniedBy))
        {
            db.ClaimRelations.Remove(stale);
        }

        if (deniedBy is { } from && denials.All(r => r.FromClaimId != from))
        {
            db.ClaimRelations.Add(new ClaimRelation { FromClaimId = from, ToClaimId = claim.Id, Type = ClaimRelationType.Denies });
        }
    }

    private static void CheckLength(List<ReviewError> errors, string field, string? value, int max)
    {
        if (value is not null && value.Trim().Length > max)
        {
            errors.Add(new ReviewError(field, $"At most {max} characters."));
        }
    }

    internal static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
