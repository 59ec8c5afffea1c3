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
internal sealed class SourceLinker(ClaimTrackerDbContext db, DateTime now)
{
    private readonly Dictionary<(string Name, SourceKind Kind), Source> _inArticle = new();

    public async Task<Source?> ResolveAsync(X.ExtractedClaim claim, CancellationToken cancellationToken)
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

        var kind = ClaimMapper.ToSourceKind(claim.SourceKind ?? X.SourceKind.Person);
        if (_inArticle.TryGetValue((name, kind), out var known))
        {
            AddAlias(known, claim.Source);
            return known;
        }

        Source? source = null;
        if (IsLinkableAcrossArticles(name, kind))
        {
            source = await db.Sources.FirstOrDefaultAsync(s => s.CanonicalName == name && s.Kind == kind, cancellationToken);
        }

        source ??= new Source
        {
            CanonicalName = name,
            Kind = kind,
            Affiliation = claim.SpeakerAffiliation is { Length: <= 300 } affiliation ? affiliation : null,
            CreatedAt = now,
        };
        AddAlias(source, claim.Source);
        _inArticle[(name, kind)] = source;
        return source;
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
