using System.Numerics.Tensors;
using BERTTokenizers.Base;
using Microsoft.ML.OnnxRuntime;

namespace ClaimTracker.Core.Matching;

/// <summary>
/// One loaded sentence model: the ONNX Runtime session over the package's graph, the package's tokenizer and the
/// model's pooling. Sessions may be run from many threads at once.
/// </summary>
internal sealed class SentenceSession : IDisposable
{
    private static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];

    private readonly SentenceModel model;
    private readonly SentencePrecision precision;
    private readonly InferenceSession session;
    private readonly TokenizerBase tokenizer;
    private readonly string[] outputNames;

    public SentenceSession(SentenceModel model, SentencePrecision precision, int threads, string graphFolder)
    {
        this.model = model;
        this.precision = precision;
        using var options = new SessionOptions
        {
            IntraOpNumThreads = threads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        };

        // The runtime keeps a second, re-laid-out copy of every matrix it "prepacks" for faster products; for
        // these short texts that bought no speed measurably (docs/matching.md) and costs memory.
        options.AddSessionConfigEntry("session.disable_prepacking", "1");
        session = Load(model, precision, options, graphFolder);
        tokenizer = model.CreateTokenizer();
        outputNames = [session.OutputMetadata.Keys.First()];
    }

    public SentenceModel Model => model;

    /// <summary>
    /// From a private copy of the graph on disk when the temp folder takes one (deleted once loaded), else from the
    /// graph's bytes in memory, which raises the load's peak by their size (90 MB in float).
    /// </summary>
    private static InferenceSession Load(SentenceModel model, SentencePrecision precision, SessionOptions options, string folder)
    {
        string path;
        try
        {
            path = model.WriteGraph(folder, precision);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var session = new InferenceSession(model.ReadGraph(precision), options);

            // The graph's bytes were copied into the runtime and are garbage now; a large-object collection
            // would otherwise wait for pressure, holding 90 MB the process no longer uses.
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            NativeHeap.Trim();
            return session;
        }

        // The 8-bit rewrite leaves its tensors (30 MB) as garbage. Collected before the runtime reads the file, they
        // are not held while the runtime's own load buffers are, which is the model load's peak; a quiet app might
        // otherwise not collect them for a long time.
        if (precision == SentencePrecision.EightBit)
        {
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        try
        {
            return new InferenceSession(path, options);
        }
        finally
        {
            File.Delete(path);

            // The runtime frees the graph it parsed once the session is built; the allocator would keep those
            // pages for later allocations that the session, which allocates little per call, never makes.
            NativeHeap.Trim();
        }
    }

    /// <summary>L2-normalised sentence vectors, one per text, in order.</summary>
    public float[][] Encode(string[] texts, CancellationToken cancellationToken)
    {
        if (precision == SentencePrecision.Full || texts.Length == 1)
        {
            return EncodeBatch(texts, cancellationToken);
        }

        // The 8-bit graph quantises a layer's input with one scale for the whole call, padding included, so a text
        // batched with others would get a slightly different vector (cosine down to 0.98) than alone. One text per
        // call gives every text the same vector wherever it is embedded, and wastes no work on padding.
        var result = new float[texts.Length][];
        for (var i = 0; i < texts.Length; i++)
        {
            result[i] = EncodeBatch([texts[i]], cancellationToken)[0];
        }

        return result;
    }

    /// <summary>All texts are padded to the longest and run in one call.</summary>
    private float[][] EncodeBatch(string[] texts, CancellationToken cancellationToken)
    {
        var encoded = tokenizer.Encode(texts);
        var count = encoded.Count;
        var length = encoded[0].InputIds.Length;
        var ids = new long[count * length];
        var mask = new long[count * length];
        var types = new long[count * length];
        for (var i = 0; i < count; i++)
        {
            encoded[i].InputIds.CopyTo(ids, i * length);
            encoded[i].AttentionMask.CopyTo(mask, i * length);
            encoded[i].TokenTypeIds.CopyTo(types, i * length);
        }

        long[] shape = [count, length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        using var runOptions = new RunOptions();
        using var cancel = cancellationToken.Register(() => runOptions.Terminate = true);
        using var outputs = Run(runOptions, [idsValue, maskValue, typesValue], cancellationToken);

        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        var dimensions = model.Dimensions;
        var result = new float[count][];
        for (var i = 0; i < count; i++)
        {
            var vector = result[i] = new float[dimensions];
            var tokens = hidden.Slice(i * length * dimensions, length * dimensions);
            if (model.Pooling == SentencePooling.Cls)
            {
                tokens[..dimensions].CopyTo(vector);
            }
            else
            {
                var real = 0;
                for (var t = 0; t < length; t++)
                {
                    if (encoded[i].AttentionMask[t] != 0)
                    {
                        TensorPrimitives.Add(vector, tokens.Slice(t * dimensions, dimensions), vector);
                        real++;
                    }
                }

                if (real > 0)
                {
                    TensorPrimitives.Divide(vector, real, vector);
                }
            }

            var norm = TensorPrimitives.Norm(vector);
            if (norm > 1e-12f)
            {
                TensorPrimitives.Divide(vector, norm, vector);
            }
        }

        return result;
    }

    /// <summary>
    /// Cancelling sets the run's terminate flag, which the runtime reports as an error of its own; to the caller it is
    /// the cancellation it asked for (a request the client abandoned), not a failure of the model.
    /// </summary>
    private IDisposableReadOnlyCollection<OrtValue> Run(RunOptions runOptions, OrtValue[] inputs, CancellationToken cancellationToken)
    {
        IDisposableReadOnlyCollection<OrtValue> outputs;
        try
        {
            outputs = session.Run(runOptions, InputNames, inputs, outputNames);
        }
        catch (OnnxRuntimeException ex) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("The sentence model call was cancelled.", ex, cancellationToken);
        }

        if (cancellationToken.IsCancellationRequested)
        {
            outputs.Dispose();
            cancellationToken.ThrowIfCancellationRequested();
        }

        return outputs;
    }

    public void Dispose() => session.Dispose();
}
