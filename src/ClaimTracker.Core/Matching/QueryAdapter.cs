using System.Buffers.Binary;
using System.Numerics.Tensors;

namespace ClaimTracker.Core.Matching;

/// <summary>
/// A learned linear map applied to a query's sentence vector before it is looked up: q' = (I + Δ) q, normalised.
/// The model stays the package's; the map, fitted on pairs of a post and the checked claim it repeats
/// (<see cref="QueryAdapterTrainer"/>), turns the way a post or an article sentence words a claim towards the way
/// fact-checkers word it. Only queries pass through it, so stored claim and check vectors, and the similarities
/// shown between two claims, are the model's own.
/// </summary>
public sealed class QueryAdapter
{
    private const uint Magic = 0x41515443; // "CTQA"
    private const int FormatVersion = 1;
    private const int MaxDimensions = 4096;

    private readonly float[] delta;

    public QueryAdapter(string modelName, int dimensions, float[] delta)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelName);
        ArgumentNullException.ThrowIfNull(delta);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        if (delta.Length != dimensions * dimensions)
        {
            throw new ArgumentException($"An adapter of {dimensions} dimensions needs {dimensions * dimensions} weights, not {delta.Length}.", nameof(delta));
        }

        ModelName = modelName;
        Dimensions = dimensions;
        this.delta = delta;
    }

    /// <summary>The model whose vectors the map was fitted on; another model's vectors mean nothing to it.</summary>
    public string ModelName { get; }

    public int Dimensions { get; }

    /// <summary>The map applied to one L2-normalised vector, normalised again.</summary>
    public float[] Apply(ReadOnlySpan<float> vector)
    {
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"The adapter maps {Dimensions} dimensions, not {vector.Length}.", nameof(vector));
        }

        var mapped = new float[Dimensions];
        var norm = Map(delta, Dimensions, vector, mapped);
        if (norm > 0)
        {
            TensorPrimitives.Divide(mapped, norm, mapped);
        }

        return mapped;
    }

    /// <summary>
    /// Writes u = (I + Δ) q into <paramref name="mapped"/> and returns its length: the forward pass shared by
    /// <see cref="Apply"/> and the trainer, which differentiates through the normalisation after it.
    /// </summary>
    internal static float Map(ReadOnlySpan<float> delta, int dimensions, ReadOnlySpan<float> vector, Span<float> mapped)
    {
        for (var row = 0; row < dimensions; row++)
        {
            mapped[row] = vector[row] + TensorPrimitives.Dot(delta.Slice(row * dimensions, dimensions), vector);
        }

        return TensorPrimitives.Norm(mapped);
    }

    /// <summary>
    /// The adapter fitted for <paramref name="model"/> that ships inside this assembly, or null when none does.
    /// </summary>
    public static QueryAdapter? BuiltIn(SentenceModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var stream = typeof(QueryAdapter).Assembly.GetManifestResourceStream($"ClaimTracker.Core.Matching.Adapters.{model.Name}.qadapter");
        return stream is null ? null : Read(stream);
    }

    /// <summary>
    /// The adapter <see cref="MatchingOptions.QueryAdapter"/> names for <paramref name="model"/>: the built-in one, none,
    /// or the file at a path. A file that is not an adapter, or was fitted for another model, is refused.
    /// </summary>
    public static QueryAdapter? ForSetting(SentenceModel model, string? setting)
    {
        ArgumentNullException.ThrowIfNull(model);
        QueryAdapter? map;
        if (string.IsNullOrWhiteSpace(setting) || setting.Equals(MatchingOptions.BuiltInAdapter, StringComparison.OrdinalIgnoreCase))
        {
            map = BuiltIn(model);
        }
        else if (setting.Equals(MatchingOptions.NoAdapter, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        else
        {
            using var file = File.OpenRead(setting);
            map = Read(file);
        }

        if (map is not null && (map.ModelName != model.Name || map.Dimensions != model.Dimensions))
        {
            throw new InvalidOperationException($"The query adapter was fitted for {map.ModelName} ({map.Dimensions} dimensions), not for {model.Name}.");
        }

        return map;
    }

    /// <summary>Reads an adapter file; a file that is not one, or is cut short, is refused with a clear message.</summary>
    public static QueryAdapter Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        try
        {
            if (reader.ReadUInt32() != Magic)
            {
                throw new InvalidDataException("Not a query adapter file.");
            }

            var version = reader.ReadInt32();
            if (version != FormatVersion)
            {
                throw new InvalidDataException($"Query adapter format {version} is not supported (expected {FormatVersion}).");
            }

            var modelName = reader.ReadString();
            var dimensions = reader.ReadInt32();
            if (dimensions is <= 0 or > MaxDimensions)
            {
                throw new InvalidDataException($"A query adapter of {dimensions} dimensions is not plausible.");
            }

            var bytes = reader.ReadBytes(dimensions * dimensions * sizeof(ushort));
            if (bytes.Length != dimensions * dimensions * sizeof(ushort))
            {
                throw new InvalidDataException("The query adapter file is cut short.");
            }

            var delta = new float[dimensions * dimensions];
            for (var i = 0; i < delta.Length; i++)
            {
                delta[i] = (float)BinaryPrimitives.ReadHalfLittleEndian(bytes.AsSpan(i * sizeof(ushort)));
            }

            return new QueryAdapter(modelName, dimensions, delta);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The query adapter file is cut short.", e);
        }
    }

    /// <summary>
    /// Writes the map with its weights as 16-bit floats: they stay near zero (the map is near the identity), where
    /// half precision keeps three significant digits, and the file is half the size.
    /// </summary>
    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(ModelName);
        writer.Write(Dimensions);
        var buffer = new byte[sizeof(ushort)];
        foreach (var weight in delta)
        {
            BinaryPrimitives.WriteHalfLittleEndian(buffer, (Half)weight);
            writer.Write(buffer);
        }
    }
}
