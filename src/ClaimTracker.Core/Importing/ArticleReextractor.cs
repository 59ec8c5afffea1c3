using System.Globalization;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Extraction;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Core.Importing;

public sealed record ReextractResult(int Kept, int Replaced, int Added);

/// <summary>
/// Runs the extractor again on a stored article. Every claim a person has touched stays exactly as it is,
/// with its annotations, links and relations; only untouched machine-extracted claims are replaced. A new
/// claim is dropped where a kept one already covers it, and ordinals follow text order again.
/// </summary>
public sealed class ArticleReextractor(ClaimTrackerDbContext db, IClaimExtractor extractor, TimeProvider clock, Matching.ClaimVectorSignal vectors)
{
    public const string AuditField = "Reextracted";

    /// <returns>Null when there is no such article.</returns>
    /// <exception cref="ImportRejectedException">Someone changed one of the claims meanwhile.</exception>
    public async Task<ReextractResult?> ReextractAsync(int articleId, string? userId, string? userName, CancellationToken cancellationToken)
    {
        var article = await db.Articles
            .Include(a => a.Claims).ThenInclude(c => c.Links)
            .Include(a => a.Claims).ThenInclude(c => c.OutgoingRelations)
            .Include(a => a.Claims).ThenInclude(c => c.IncomingRelations)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
        {
            return null;
        }

        var claimIds = article.Claims.Select(c => c.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        var audited = (await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(Claim) && claimIds.Contains(e.EntityId))
            .Select(e => e.EntityId)
            .Distinct()
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

        var kept = article.Claims.Where(c => IsTouched(c, audited)).ToHashSet();

        // A relation between a touched claim and another may be a person's work, and relations carry no author:
        // keeping both ends keeps the relation.
        foreach (var claim in kept.ToList())
        {
            kept.UnionWith(claim.OutgoingRelations.Select(r => r.ToClaim!).Concat(claim.IncomingRelations.Select(r => r.FromClaim!)));
        }

        var replaced = article.Claims.Where(c => !kept.Contains(c)).ToList();
        foreach (var claim in replaced)
        {
            db.ClaimRelations.RemoveRange(claim.OutgoingRelations.Concat(claim.IncomingRelations));
            db.Claims.Remove(claim);
            article.Claims.Remove(claim);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var extracted = extractor.Extract(article.Body);
        var fresh = Enumerable.Range(0, extracted.Count).Where(i => !kept.Any(k => Supersedes(k, extracted[i].Span))).ToList();
        var added = await ArticleImporter.AddClaimsAsync(article, Reindexed(extracted, fresh), new SourceLinker(db, now), cancellationToken);

        var ordinal = 1;
        foreach (var claim in article.Claims.OrderBy(c => c.Start).ThenBy(c => c.End).ThenBy(c => kept.Contains(c) ? c.Ordinal : int.MaxValue))
        {
            if (claim.Ordinal != ordinal)
            {
                claim.Ordinal = ordinal;
            }

            ordinal++;
        }

        db.AuditEntries.Add(new AuditEntry
        {
            UserId = userId,
            UserName = userName,
            At = now,
            EntityType = nameof(Article),
            EntityId = article.Id.ToString(CultureInfo.InvariantCulture),
            ArticleId = article.Id,
            Field = AuditField,
            NewValue = $"kept {kept.Count}, replaced {replaced.Count} with {added.Count}",
        });

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new ImportRejectedException("Someone changed a claim of this article while it was being re-extracted; nothing was changed. Try again.");
        }

        // Replaced claims took their vectors with them (cascade); the background embedder computes the new ones.
        vectors.Notify();

        return new ReextractResult(kept.Count, replaced.Count, added.Count);
    }

    /// <summary>
    /// Touched by a person: added or edited by one, reviewed, rated, contested, annotated, linked, related by a
    /// person (the extractor only ever records denials), or changed by anyone according to the audit trail.
    /// </summary>
    public static bool IsTouched(Claim claim, IReadOnlySet<string> auditedClaimIds)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(auditedClaimIds);
        return claim.Origin != ClaimOrigin.Extracted
            || claim.ReviewedAt is not null
            || claim.ReviewedById is not null
            || claim.Rating != Rating.Unrated
            || claim.ContestedStatus != ContestedStatus.Uncontested
            || claim.ContestedBySourceId is not null
            || !string.IsNullOrWhiteSpace(claim.ReviewerNotes)
            || !string.IsNullOrWhiteSpace(claim.AnonymityReason)
            || claim.Links.Count > 0
            || claim.OutgoingRelations.Any(r => r.Type != ClaimRelationType.Denies)
            || claim.IncomingRelations.Any(r => r.Type != ClaimRelationType.Denies)
            || auditedClaimIds.Contains(claim.Id.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// A kept claim stands in for a fresh one with the same span, and for any fresh one overlapping it when a person
    /// drew or edited it (their reading of that passage wins). Machine claims may overlap each other, as they did
    /// at import, so an annotated machine claim does not suppress its neighbours.
    /// </summary>
    private static bool Supersedes(Claim kept, TextSpan span) =>
        (kept.Start == span.Start && kept.End == span.End)
        || (kept.Origin != ClaimOrigin.Extracted && kept.Start < span.End && span.Start < kept.End);

    /// <summary>Answers point at positions in the extractor's full list; after dropping some, they must point into the kept list.</summary>
    private static List<ExtractedClaim> Reindexed(IReadOnlyList<ExtractedClaim> all, List<int> keptIndexes)
    {
        var newIndex = new Dictionary<int, int>();
        for (var i = 0; i < keptIndexes.Count; i++)
        {
            newIndex[keptIndexes[i]] = i;
        }

        return keptIndexes
            .Select(i => all[i] with { Answers = [.. all[i].Answers.Where(newIndex.ContainsKey).Select(a => newIndex[a])] })
            .ToList();
    }
}
