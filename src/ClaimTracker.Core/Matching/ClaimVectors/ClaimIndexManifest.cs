using System.Text.Json;

namespace ClaimTracker.Core.Matching;

/// <summary>
/// What the stored claim vectors of one model look like: how many there are, the newest computation time and a
/// checksum of their claim ids. The index file is saved with the mark of the vectors it holds; when the database's
/// mark differs at load, the file is behind (another process added, replaced or deleted vectors, or the app stopped
/// before saving) and is caught up with the database.
/// </summary>
public readonly record struct StoredVectorsMark(int Count, DateTime? NewestComputedAt, ulong IdChecksum)
{
    public static readonly StoredVectorsMark Empty = new(0, null, 0);

    /// <summary>Order-independent, so the mark can be built while streaming rows in any order.</summary>
    public static ulong Mix(ulong checksum, int claimId)
    {
        // SplitMix64 finaliser: a deleted id and an added one never cancel out the way a plain sum could.
        var z = unchecked((ulong)claimId + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return unchecked(checksum + (z ^ (z >> 31)));
    }


    public StoredVectorsMark With(int claimId, DateTime computedAt) => new(
        Count + 1,
        NewestComputedAt is { } newest && newest >= computedAt ? newest : computedAt,
        Mix(IdChecksum, claimId));
}

/// <summary>
/// The small JSON file beside an index file, describing what the index holds. <see cref="MaxClaimId"/> bounds the
/// ids in the file, so ids the database no longer has can be found by probing the file (USearch cannot list its keys).
/// </summary>
public sealed record ClaimIndexManifest(int Format, string ModelId, int Dimensions, int Count, DateTime? NewestComputedAt, ulong IdChecksum, long IndexBytes, int? MaxClaimId = null)
{
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public StoredVectorsMark Mark => new(Count, NewestComputedAt, IdChecksum);

    public static ClaimIndexManifest For(string modelId, int dimensions, StoredVectorsMark mark, long indexBytes, int? maxClaimId = null) =>
        new(CurrentFormat, modelId, dimensions, mark.Count, mark.NewestComputedAt, mark.IdChecksum, indexBytes, maxClaimId);

    /// <summary>
    /// Why an index file described by <paramref name="manifest"/> does not hold exactly the database's current
    /// vectors, or null when it does.
    /// </summary>
    public static string? Staleness(ClaimIndexManifest? manifest, long? indexBytes, string modelId, int dimensions, StoredVectorsMark stored)
    {
        if (Unusable(manifest, indexBytes, modelId, dimensions) is { } reason)
        {
            return reason;
        }

        if (manifest!.Mark != stored)
        {
            return $"holds {manifest.Count} vectors (newest {Describe(manifest.NewestComputedAt)}), the database {stored.Count} (newest {Describe(stored.NewestComputedAt)})";
        }

        return null;
    }

    /// <summary>
    /// Why the index file cannot serve even as a starting point to catch up from (no manifest, no file, another
    /// model, or a file that is not the one the manifest describes), or null when it can.
    /// </summary>
    public static string? Unusable(ClaimIndexManifest? manifest, long? indexBytes, string modelId, int dimensions)
    {
        if (manifest is null)
        {
            return "no readable manifest";
        }

        if (indexBytes is null)
        {
            return "no index file";
        }

        if (manifest.Format != CurrentFormat)
        {
            return $"manifest format {manifest.Format}, expected {CurrentFormat}";
        }

        if (!string.Equals(manifest.ModelId, modelId, StringComparison.Ordinal) || manifest.Dimensions != dimensions)
        {
            return $"made for model {manifest.ModelId} ({manifest.Dimensions} dimensions), the current one is {modelId} ({dimensions})";
        }

        if (manifest.IndexBytes != indexBytes)
        {
            return $"index file is {indexBytes} bytes, the manifest says {manifest.IndexBytes}";
        }

        return null;
    }

    public static ClaimIndexManifest? TryRead(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<ClaimIndexManifest>(File.ReadAllText(path), Json) : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Writes beside the target and renames over it, so a reader never sees half a manifest.</summary>
    public void Write(string path)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, Json));
        File.Move(temporary, path, overwrite: true);
    }

    private static string Describe(DateTime? at) => at?.ToString("u", System.Globalization.CultureInfo.InvariantCulture) ?? "none";
}
