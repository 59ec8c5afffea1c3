using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using X = ClaimTracker.Extraction;

namespace ClaimTracker.Core.Importing;

/// <summary>
/// Finds or creates the Source of each speaker in one article. Across articles it links only on the
/// same full canonical name and kind: a bare surname, a role or an anonymous source never merges,
/// because "Smith" or "the minister" in two articles is rarely provably the same person.
/// </summary>
internal sealed class SourceLinker(ClaimTrackerDbContext db, DateTime now, BatchSources? batch = null)
{
    private readonly Dictionary<(string Name, SourceKind Kind), Source> _inArticle = new();

    public async Task<Source?> ResolveAsync(X.ExtractedClaim claim, CancellationToken cancellationToken)
    {
        if (Key(claim) is not { } key)
        {
            return null;
        }

        var (name, kind) = key;
        if (_inArticle.TryGetValue((name, kind), out var known))
        {
            AddAlias(known, claim.Source);
            return known;
        }

        Source? source = null;
        var linkable = IsLinkableAcrossArticles(name, kind);
        if (linkable)
        {
            source = batch is not null
                ? batch.Find(name, kind)
                : await db.Sources.OrderBy(s => s.Id).FirstOrDefaultAsync(s => s.CanonicalName == name && s.Kind == kind, cancellationToken);
        }

        if (source is null)
        {
            source = new Source
            {
                CanonicalName = name,
                Kind = kind,
                Affiliation = claim.SpeakerAffiliation is { Length: <= 300 } affiliation ? affiliation : null,
                CreatedAt = now,
            };
            if (linkable)
            {
                // Later articles of the same batch link to this one, as they would after a save.
                batch?.Add(name, kind, source);
            }
        }

        AddAlias(source, claim.Source);
        _inArticle[(name, kind)] = source;
        return source;
    }

    /// <summary>The name and kind a claim's source is filed under, or null when the claim has no source.</summary>
    internal static (string Name, SourceKind Kind)? Key(X.ExtractedClaim claim)
    {
        var name = (claim.Speaker ?? claim.Source)?.Trim();
        if (!claim.IsAttributed || string.IsNullOrEmpty(name))
        {
            return null;
        }

        if (name.Length > 300)
        {
            name = name[..300];
        }

        return (name, ClaimMapper.ToSourceKind(claim.SourceKind ?? X.SourceKind.Person));
    }

    /// <summary>A full proper name: for a person at least two capitalised words; for a body, a capitalised name.</summary>
    internal static bool IsLinkableAcrossArticles(string name, SourceKind kind)
    {
        if (kind == SourceKind.Anonymous)
        {
            return false;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var capitalised = words.Count(w => char.IsUpper(w[0]));
        return kind == SourceKind.Person ? capitalised >= 2 && char.IsUpper(words[0][0]) : capitalised >= 1 && char.IsUpper(words[0][0]);
    }

    private static void AddAlias(Source source, string? mention)
    {
        var alias = mention?.Trim();
        if (string.IsNullOrEmpty(alias) || alias.Length > 300 || alias == source.CanonicalName
            || source.Aliases.Contains(alias, StringComparer.OrdinalIgnoreCase))
        {
            return;
        }

        source.Aliases = [.. source.Aliases, alias];
    }
}

/// <summary>
/// The linkable sources a whole batch of articles may refer to, loaded with one query instead of one per claim;
/// sources created by earlier articles of the batch are found here too.
/// </summary>
internal sealed class BatchSources
{
    private readonly Dictionary<(string Name, SourceKind Kind), Source> _sources = new();

    public static async Task<BatchSources> LoadAsync(ClaimTrackerDbContext db, IEnumerable<X.ExtractedClaim> claims, CancellationToken cancellationToken)
    {
        var names = claims.Select(SourceLinker.Key)
            .OfType<(string Name, SourceKind Kind)>()
            .Where(k => SourceLinker.IsLinkableAcrossArticles(k.Name, k.Kind))
            .Select(k => k.Name)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var batch = new BatchSources();
        if (names.Count == 0)
        {
            return batch;
        }

        var found = await db.Sources.Where(s => names.Contains(s.CanonicalName)).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        foreach (var source in found)
        {
            batch._sources.TryAdd((source.CanonicalName, source.Kind), source);
        }

        return batch;
    }

    public Source? Find(string name, SourceKind kind) => _sources.GetValueOrDefault((name, kind));

    public void Add(string name, SourceKind kind, Source source) => _sources.TryAdd((name, kind), source);
}
