using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Importing;
using ClaimTracker.Extraction;
using SourceKind = ClaimTracker.Core.Domain.SourceKind;
using Microsoft.EntityFrameworkCore;
using DomainClaim = ClaimTracker.Core.Domain.Claim;

namespace ClaimTracker.Core.Generation;

public sealed record GenerationResult(int Articles, int Claims, int Sources, int Links);

/// <summary>
/// Fills a database with synthetic articles, their extracted claims, sources and reviewer annotations,
/// in batches with change tracking kept small, for load tests and benchmarks (10,000 articles ≈ 300,000 claims).
/// </summary>
public sealed class SyntheticDataGenerator(ClaimTrackerDbContext db, IClaimExtractor extractor, TimeProvider clock)
{
    private const int BatchSize = 250;

    public async Task<GenerationResult> GenerateAsync(int articleCount, int seed, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var corpus = new SyntheticCorpus(seed);
        var random = new Random(seed);
        var reviewer = await EnsureReviewerAsync(cancellationToken);
        var sources = await db.Sources.AsNoTracking().ToDictionaryAsync(s => (s.CanonicalName, s.Kind), s => s.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var start = await db.Articles.CountAsync(cancellationToken);
        int claims = 0, links = 0;

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            for (var done = 0; done < articleCount; done += BatchSize)
            {
                var batch = new List<Article>();
                var newSources = new Dictionary<(string CanonicalName, SourceKind Kind), Source>();
                for (var i = done; i < Math.Min(articleCount, done + BatchSize); i++)
                {
                    var generated = corpus.Next(start + i);
                    var body = TextNormalizer.NormalizeBody(generated.Body);
                    var article = new Article
                    {
                        Title = generated.Title,
                        Outlet = generated.Outlet,
                        Byline = generated.Byline,
                        PublishedAt = generated.PublishedAt,
                        Body = body,
                        ContentHash = TextNormalizer.ContentHash(body),
                        CreatedAt = now,
                        Status = ArticleStatus.New,
                    };
                    var ordinal = 0;
                    foreach (var extracted in extractor.Extract(body))
                    {
                        var claim = ClaimMapper.ToClaim(extracted, ++ordinal, null);
                        var name = (extracted.Speaker ?? extracted.Source)?.Trim();
                        if (extracted.IsAttributed && !string.IsNullOrEmpty(name) && name.Length <= 300)
                        {
                            var kind = ClaimMapper.ToSourceKind(extracted.SourceKind ?? ClaimTracker.Extraction.SourceKind.Person);
                            if (sources.TryGetValue((name, kind), out var sourceId))
                            {
                                claim.SourceId = sourceId;
                            }
                            else if (!newSources.TryGetValue((name, kind), out var source))
                            {
                                newSources[(name, kind)] = claim.Source = new Source { CanonicalName = name, Kind = kind, CreatedAt = now };
                            }
                            else
                            {
                                claim.Source = source;
                            }
                        }

                        links += Annotate(claim, article, reviewer, random, now);
                        article.Claims.Add(claim);
                    }

                    claims += article.Claims.Count;
                    batch.Add(article);
                }

                db.Articles.AddRange(batch);
                await db.SaveChangesAsync(cancellationToken);
                foreach (var (key, source) in newSources)
                {
                    sources[key] = source.Id;
                }

                db.ChangeTracker.Clear();
                progress?.Report(Math.Min(articleCount, done + BatchSize));
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }

        return new GenerationResult(articleCount, claims, sources.Count, links);
    }

    /// <summary>About half the articles get reviewed claims, as a newsroom's backlog would look.</summary>
    private static int Annotate(DomainClaim claim, Article article, string reviewerId, Random random, DateTime now)
    {
        if (random.Next(2) == 0)
        {
            return 0;
        }

        article.Status = ArticleStatus.InReview;
        claim.ReviewedById = reviewerId;
        claim.ReviewedAt = now.AddMinutes(-random.Next(100_000));
        claim.Rating = (Rating)random.Next(Enum.GetValues<Rating>().Length);
        claim.ContestedStatus = random.Next(6) switch { 0 => ContestedStatus.Contested, 1 => ContestedStatus.Denied, _ => ContestedStatus.Uncontested };
        if (random.Next(5) == 0)
        {
            claim.ReviewerNotes = "Checked against the ministry's published figures.";
        }

        if (random.Next(3) != 0)
        {
            return 0;
        }

        claim.Links.Add(new CorroboratingLink
        {
            Url = $"https://example.org/evidence/{random.Next(1_000_000)}",
            Title = "Published figures",
            Publisher = random.Next(2) == 0 ? "Statistics Office" : "Example Wire",
            Stance = (LinkStance)random.Next(3),
            AccessedAt = now,
            AddedById = reviewerId,
            AddedAt = now,
        });
        return 1;
    }

    private async Task<string> EnsureReviewerAsync(CancellationToken cancellationToken)
    {
        const string email = "generated.reviewer@example.org";
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
        if (id is not null)
        {
            return id;
        }

        // Reviews need an author; this one cannot sign in (no password) and exists only for generated data.
        var user = new ApplicationUser
        {
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            DisplayName = "Generated Reviewer",
            SecurityStamp = Guid.NewGuid().ToString("N"),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return user.Id;
    }
}
