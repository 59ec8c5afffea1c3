using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Core.Reviewing;

/// <summary>Creates sources and merges duplicates ("Hossein Amir-Abdollahian" and "Amir-Abdollahian").</summary>
public sealed class SourceDirectory(ClaimTrackerDbContext db, AuditTrail trail)
{
    public async Task<ReviewResult> CreateAsync(NewSource source, ReviewActor actor, CancellationToken cancellationToken)
    {
        var name = ClaimReview.Clean(source.Name);
        if (name is null || name.Length > 300)
        {
            return ReviewResult.Invalid("Name", "A source needs a name of at most 300 characters.");
        }

        var created = new Source
        {
            CanonicalName = name,
            Kind = source.Kind,
            Affiliation = ClaimReview.Clean(source.Affiliation),
            CreatedAt = trail.Now,
        };
        db.Sources.Add(created);
        await trail.SaveAsync(actor, null, cancellationToken);
        return ReviewResult.Saved(created.Id);
    }

    /// <summary>
    /// Finds a source typed by hand: "#12" by id, otherwise by name or alias (ignoring case). Null when there
    /// is none or the name is ambiguous.
    /// </summary>
    public async Task<int?> FindAsync(string? text, CancellationToken cancellationToken)
    {
        var value = ClaimReview.Clean(text);
        if (value is null)
        {
            return null;
        }

        if (value.StartsWith('#') && int.TryParse(value.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            return await db.Sources.AnyAsync(s => s.Id == id, cancellationToken) ? id : null;
        }

        // LIKE without wildcards: an equality that ignores case on both providers' default collations.
        var pattern = value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
        var matches = await db.Sources
            .Where(s => EF.Functions.Like(s.CanonicalName, pattern, "\\") || s.Aliases.Any(a => EF.Functions.Like(a, pattern, "\\")))
            .Select(s => s.Id)
            .Take(2)
            .ToListAsync(cancellationToken);
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>
    /// Folds <paramref name="duplicateId"/> into <paramref name="keepId"/>: its claims (attributed or contesting)
    /// move over, its name and aliases become aliases, and the duplicate goes.
    /// </summary>
    public async Task<ReviewResult> MergeAsync(int keepId, int duplicateId, ReviewActor actor, CancellationToken cancellationToken)
    {
        if (keepId == duplicateId)
        {
            return ReviewResult.Invalid("DuplicateId", "Pick a different source to merge into this one.");
        }

        var sources = await db.Sources.Where(s => s.Id == keepId || s.Id == duplicateId).ToListAsync(cancellationToken);
        var keep = sources.FirstOrDefault(s => s.Id == keepId);
        var duplicate = sources.FirstOrDefault(s => s.Id == duplicateId);
        if (keep is null)
        {
            return ReviewResult.Missing;
        }

        if (duplicate is null)
        {
            return ReviewResult.Invalid("DuplicateId", "That source no longer exists.");
        }

        var claims = await db.Claims
            .Where(c => c.SourceId == duplicateId || c.ContestedBySourceId == duplicateId)
            .ToListAsync(cancellationToken);
        foreach (var claim in claims)
        {
            if (claim.SourceId == duplicateId)
            {
                claim.SourceId = keepId;
            }

            if (claim.ContestedBySourceId == duplicateId)
            {
                claim.ContestedBySourceId = keepId;
            }
        }

        var aliases = keep.Aliases
            .Concat([duplicate.CanonicalName, .. duplicate.Aliases])
            .Where(a => !string.Equals(a, keep.CanonicalName, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (!aliases.SequenceEqual(keep.Aliases))
        {
            keep.Aliases = aliases;
        }

        keep.Affiliation ??= duplicate.Affiliation;
        db.Sources.Remove(duplicate);
        await trail.SaveAsync(actor, null, cancellationToken);
        return ReviewResult.Saved(keepId);
    }
}
