using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimTracker.Core.Importing;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Core.Seeding;

/// <summary>
/// Imports <c>seeds/articles/*.txt</c>, each with an optional <c>NAME.json</c> sidecar holding its metadata.
/// Idempotent: the importer finds an already imported text by its content hash.
/// </summary>
public sealed class SeedImporter(ArticleImporter importer, ILogger<SeedImporter> logger)
{
    public async Task<int> ImportAsync(string seedsFolder, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(seedsFolder, "articles");
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("No seed articles at {Folder}", folder);
            return 0;
        }

        var created = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var metadata = await ReadSidecarAsync(Path.ChangeExtension(file, ".json"), cancellationToken);
            var draft = new ArticleDraft(
                await File.ReadAllTextAsync(file, cancellationToken),
                metadata?.Title ?? Path.GetFileNameWithoutExtension(file),
                metadata?.Outlet,
                metadata?.Byline,
                metadata?.Url,
                ParseDate(metadata?.PublishedAt),
                metadata?.Language);
            var result = await importer.ImportAsync(draft, userId: null, cancellationToken);
            if (result.Created)
            {
                created++;
                logger.LogInformation("Seeded {File} as article {Id} with {Claims} claims", Path.GetFileName(file), result.ArticleId, result.ClaimCount);
            }
        }

        return created;
    }

    private static async Task<SeedMetadata?> ReadSidecarAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<SeedMetadata>(stream, SeedJson.Options, cancellationToken);
    }

    private static DateTime? ParseDate(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date.UtcDateTime
            : null;

    private sealed record SeedMetadata(string? Title, string? Outlet, string? Byline, string? Url, string? PublishedAt, string? Language);

    private static class SeedJson
    {
        public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
        {
            ReadCommentHandling = JsonCommentHandling.Skip,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        };
    }
}
