using Google.Protobuf;
using Onnx;
using static ClaimTracker.Core.Matching.Quantisation.ProtoWire;

namespace ClaimTracker.Core.Matching.Quantisation;

/// <summary>
/// Rewrites a float ONNX transformer graph to hold its large weights as 8-bit integers, the rewrite that
/// onnxruntime's dynamic quantisation performs: every MatMul by a constant weight matrix becomes ONNX Runtime's
/// DynamicQuantizeMatMul over a uint8 matrix with a scale and zero point per column (activations are quantised
/// per call), and every row lookup in a large constant table (the word embeddings) reads uint8 rows with a scale
/// and offset per row and turns them back into floats. The weights take a quarter of their float size.
/// <para>
/// The graph is read field by field from a stream (twice: the nodes first, to learn which constants are weights)
/// and never parsed whole, so the process holds the quantised weights and one float matrix at a time, not the
/// float graph.
/// </para>
/// </summary>
internal static class Int8Graph
{
    private const string MicrosoftDomain = "com.microsoft";

    // Tables smaller than this (position and token-type embeddings) stay float: they are small and every token reads them.
    private const long MinTableElements = 1 << 16;

    // Initializers up to this size are parsed whole. Larger ones (weight matrices, the word embeddings) are read
    // into one reused buffer or row by row: parsed whole, each would leave a few megabytes of large-object garbage
    // (its bytes, the parser's copy, the floats), which piles up to the load's peak before a collection comes.
    private const long WholeTensorBytes = 1 << 16;

    private const int ModelGraph = 7;
    private const int ModelOpset = 8;
    private const int GraphNode = 1;
    private const int GraphInitializer = 5;
    private const int GraphInput = 11;
    private const int TensorDims = 1;
    private const int TensorDataType = 2;
    private const int TensorName = 8;
    private const int TensorRawData = 9;

    /// <summary>Writes the quantised graph of the float graph that <paramref name="open"/> opens (it is called twice).</summary>
    public static void Write(Func<Stream> open, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(destination);
        var plan = Plan.Read(open);
        using var source = new BufferedStream(open(), 1 << 16);
        while (TryReadTag(source, out var field, out var wireType))
        {
            if (field == ModelGraph && wireType == Delimited)
            {
                RewriteGraph(new LimitedStream(source, ReadLength(source)), plan, destination);
            }
            else
            {
                WriteValue(destination, field, wireType, ReadValue(source, wireType));
            }
        }

        if (!plan.HasMicrosoftOpset)
        {
            WriteMessage(destination, ModelOpset, new OperatorSetIdProto { Domain = MicrosoftDomain, Version = 1 });
        }
    }

    /// <summary>
    /// Writes the graph as a run of graph fields of one field each: a parser merges repeated occurrences of a
    /// message field into one message, so each quantised tensor is written as soon as it is made and never waits
    /// for the whole graph's length to be known.
    /// </summary>
    private static void RewriteGraph(Stream graph, Plan plan, Stream destination)
    {
        var tables = new HashSet<string>(StringComparer.Ordinal);
        var weights = new HashSet<string>(StringComparer.Ordinal);
        var buffer = new TensorBuffer();
        while (TryReadTag(graph, out var field, out var wireType))
        {
            if (field == GraphNode)
            {
                Skip(graph, wireType);
            }
            else if (field == GraphInitializer && wireType == Delimited)
            {
                var length = ReadLength(graph);
                var tensors = length <= WholeTensorBytes
                    ? Quantise(TensorProto.Parser.ParseFrom(ReadBytes(graph, length)), plan, weights, tables)
                    : QuantiseLarge(new LimitedStream(graph, length), plan, weights, tables, buffer);
                foreach (var tensor in tensors)
                {
                    WriteGraphField(destination, Piece.Of(GraphInitializer, tensor));
                }
            }
            else
            {
                WriteGraphField(destination, Piece.Of(field, wireType, ReadValue(graph, wireType)));
            }
        }

        // The nodes follow the initializers they read; a graph's nodes are sorted by the runtime, not by their order.
        foreach (var node in plan.Nodes.SelectMany(node => Rewrite(node, weights, tables)))
        {
            WriteGraphField(destination, Piece.Of(GraphNode, node));
        }
    }

    private static void WriteGraphField(Stream destination, Piece piece)
    {
        WriteTag(destination, ModelGraph, Delimited);
        WriteVarint(destination, (ulong)piece.Size);
        piece.Write(destination);
    }

    private static TensorProto[] Quantise(TensorProto tensor, Plan plan, HashSet<string> weights, HashSet<string> tables)
    {
        if (tensor.DataType != (int)TensorProto.Types.DataType.Float || tensor.Dims.Count != 2 || tensor.DataLocation != TensorProto.Types.DataLocation.Default)
        {
            return [tensor];
        }

        var values = tensor.RawData.Length > 0
            ? System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(tensor.RawData.Span).ToArray()
            : [.. tensor.FloatData];
        if (values.LongLength != tensor.Dims[0] * tensor.Dims[1])
        {
            return [tensor];
        }

        if (plan.Weights.Contains(tensor.Name))
        {
            weights.Add(tensor.Name);
            return WeightTensors(tensor.Name, (int)tensor.Dims[0], (int)tensor.Dims[1], values);
        }

        if (plan.Tables.Contains(tensor.Name) && values.LongLength >= MinTableElements)
        {
            tables.Add(tensor.Name);
            var table = new TableQuantiser(tensor.Name, (int)tensor.Dims[0], (int)tensor.Dims[1]);
            for (var row = 0; row < table.Rows; row++)
            {
                table.Add(row, values.AsSpan(row * table.Columns, table.Columns));
            }

            return table.Tensors();
        }

        return [tensor];
    }

    /// <summary>
    /// A tensor too large to parse whole, quantised as its raw floats stream past: a weight matrix through the reused
    /// buffer, a lookup table row by row. Anything else is parsed whole after all.
    /// </summary>
    private static TensorProto[] QuantiseLarge(Stream tensor, Plan plan, HashSet<string> weights, HashSet<string> tables, TensorBuffer buffer)
    {
        var fields = new MemoryStream();
        string? name = null;
        var dims = new List<long>();
        var type = 0;
        TensorProto[]? quantised = null;
        while (TryReadTag(tensor, out var field, out var wireType))
        {
            var isMatrix = name is not null && type == (int)TensorProto.Types.DataType.Float && dims.Count == 2;
            if (field == TensorRawData && wireType == Delimited && isMatrix
                && (plan.Weights.Contains(name!) || (plan.Tables.Contains(name!) && dims[0] * dims[1] >= MinTableElements)))
            {
                var length = ReadLength(tensor);
                if (length != dims[0] * dims[1] * sizeof(float))
                {
                    throw new InvalidDataException($"The ONNX tensor {name} holds {length} bytes for {dims[0]}×{dims[1]} floats.");
                }

                var (rows, columns) = ((int)dims[0], (int)dims[1]);
                if (plan.Weights.Contains(name!))
                {
                    var values = buffer.Read(tensor, rows * columns);
                    weights.Add(name!);
                    quantised = WeightTensors(name!, rows, columns, values);
                }
                else
                {
                    var table = new TableQuantiser(name!, rows, columns);
                    var row = buffer.Row(columns);
                    var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(row);
                    for (var r = 0; r < table.Rows; r++)
                    {
                        tensor.ReadExactly(bytes);
                        table.Add(r, row);
                    }

                    tables.Add(table.Name);
                    quantised = table.Tensors();
                }

                continue;
            }

            var value = ReadValue(tensor, wireType);
            WriteValue(fields, field, wireType, value);
            switch (field)
            {
                case TensorName when wireType == Delimited:
                    name = System.Text.Encoding.UTF8.GetString(value);
                    break;
                case TensorDataType when wireType == Varint:
                    type = (int)ReadVarint(new MemoryStream(value));
                    break;
                case TensorDims when wireType == Varint:
                    dims.Add((long)ReadVarint(new MemoryStream(value)));
                    break;
                case TensorDims when wireType == Delimited:
                    using (var packed = new MemoryStream(value))
                    {
                        while (packed.Position < packed.Length)
                        {
                            dims.Add((long)ReadVarint(packed));
                        }
                    }

                    break;
            }
        }

        return quantised ?? Quantise(TensorProto.Parser.ParseFrom(fields.ToArray()), plan, weights, tables);
    }

    /// <summary>Per column of a [K, N] weight: uint8 values, a float scale and a uint8 zero point (zero stays exact).</summary>
    private static TensorProto[] WeightTensors(string name, int rows, int columns, ReadOnlySpan<float> values)
    {
        var min = new float[columns];
        var max = new float[columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var v = values[(r * columns) + c];
                min[c] = Math.Min(min[c], v);
                max[c] = Math.Max(max[c], v);
            }
        }

        var scale = new float[columns];
        var zero = new byte[columns];
        for (var c = 0; c < columns; c++)
        {
            scale[c] = max[c] > min[c] ? (max[c] - min[c]) / 255f : 1f;
            zero[c] = (byte)Math.Clamp(MathF.Round(-min[c] / scale[c]), 0, 255);
        }

        var quantised = new byte[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var i = (r * columns) + c;
                quantised[i] = (byte)Math.Clamp(MathF.Round(values[i] / scale[c]) + zero[c], 0, 255);
            }
        }

        return
        [
            Tensor(QuantisedName(name), TensorProto.Types.DataType.Uint8, [rows, columns], quantised),
            Tensor(ScaleName(name), TensorProto.Types.DataType.Float, [columns], FloatBytes(scale)),
            Tensor(ZeroPointName(name), TensorProto.Types.DataType.Uint8, [columns], zero),
        ];
    }

    /// <summary>One float buffer for every large tensor of a rewrite, grown to the largest.</summary>
    private sealed class TensorBuffer
    {
        private float[] values = [];

        public ReadOnlySpan<float> Read(Stream source, int count)
        {
            var span = Row(count);
            source.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(span));
            return span;
        }

        public Span<float> Row(int count)
        {
            if (values.Length < count)
            {
                values = new float[count];
            }

            return values.AsSpan(0, count);
        }
    }

    private static IEnumerable<NodeProto> Rewrite(NodeProto node, HashSet<string> weights, HashSet<string> tables)
    {
        if (node.OpType == "MatMul" && string.IsNullOrEmpty(node.Domain) && node.Input.Count == 2 && weights.Contains(node.Input[1]))
        {
            var weight = node.Input[1];
            var quantised = new NodeProto { Name = node.Name, OpType = "DynamicQuantizeMatMul", Domain = MicrosoftDomain };
            quantised.Input.Add([node.Input[0], QuantisedName(weight), ScaleName(weight), ZeroPointName(weight)]);
            quantised.Output.Add(node.Output);
            return [quantised];
        }

        if (node.OpType == "Gather" && string.IsNullOrEmpty(node.Domain) && node.Input.Count == 2 && tables.Contains(node.Input[0]))
        {
            var (table, ids, output) = (node.Input[0], node.Input[1], node.Output[0]);
            var prefix = $"{output}_int8";
            return
            [
                Node("Gather", [QuantisedName(table), ids], $"{prefix}_rows"),
                Node("Cast", [$"{prefix}_rows"], $"{prefix}_float", new AttributeProto { Name = "to", Type = AttributeProto.Types.AttributeType.Int, I = (long)TensorProto.Types.DataType.Float }),
                Node("Gather", [ScaleName(table), ids], $"{prefix}_scale"),
                Node("Gather", [OffsetName(table), ids], $"{prefix}_offset"),
                Node("Mul", [$"{prefix}_float", $"{prefix}_scale"], $"{prefix}_scaled"),
                Node("Add", [$"{prefix}_scaled", $"{prefix}_offset"], output),
            ];
        }

        return [node];
    }

    private static NodeProto Node(string op, string[] inputs, string output, AttributeProto? attribute = null)
    {
        var node = new NodeProto { OpType = op, Name = output };
        node.Input.Add(inputs);
        node.Output.Add(output);
        if (attribute is not null)
        {
            node.Attribute.Add(attribute);
        }

        return node;
    }

    internal static TensorProto Tensor(string name, TensorProto.Types.DataType type, long[] dims, byte[] raw)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)type, RawData = UnsafeByteOperations.UnsafeWrap(raw) };
        tensor.Dims.Add(dims);
        return tensor;
    }

    internal static byte[] FloatBytes(float[] values) => System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()).ToArray();

    internal static string QuantisedName(string name) => $"{name}_quantized";

    internal static string ScaleName(string name) => $"{name}_scale";

    internal static string ZeroPointName(string name) => $"{name}_zero_point";

    internal static string OffsetName(string name) => $"{name}_offset";

    /// <summary>One field of the rewritten graph, written once its length is known.</summary>
    private sealed record Piece(long Size, Action<Stream> Write)
    {
        public static Piece Of(int field, IMessage message) => new(MessageSize(field, message), s => WriteMessage(s, field, message));

        public static Piece Of(int field, int wireType, byte[] value) => new(ValueSize(field, wireType, value), s => WriteValue(s, field, wireType, value));
    }

    /// <summary>What the first pass learns from the graph's nodes: which constants feed only MatMuls or only lookups.</summary>
    private sealed class Plan
    {
        public List<NodeProto> Nodes { get; } = [];

        public HashSet<string> Weights { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Tables { get; } = new(StringComparer.Ordinal);

        public bool HasMicrosoftOpset { get; private set; }

        public static Plan Read(Func<Stream> open)
        {
            var plan = new Plan();
            var inputs = new HashSet<string>(StringComparer.Ordinal);
            using var source = new BufferedStream(open(), 1 << 16);
            while (TryReadTag(source, out var field, out var wireType))
            {
                if (field == ModelOpset && wireType == Delimited)
                {
                    var opset = OperatorSetIdProto.Parser.ParseFrom(ReadBytes(source, ReadLength(source)));
                    plan.HasMicrosoftOpset |= opset.Domain == MicrosoftDomain;
                }
                else if (field == ModelGraph && wireType == Delimited)
                {
                    var graph = new LimitedStream(source, ReadLength(source));
                    while (TryReadTag(graph, out var graphField, out var graphWire))
                    {
                        if (graphField == GraphNode && graphWire == Delimited)
                        {
                            plan.Nodes.Add(NodeProto.Parser.ParseFrom(ReadBytes(graph, ReadLength(graph))));
                        }
                        else if (graphField == GraphInput && graphWire == Delimited)
                        {
                            inputs.Add(ValueInfoProto.Parser.ParseFrom(ReadBytes(graph, ReadLength(graph))).Name);
                        }
                        else
                        {
                            Skip(graph, graphWire);
                        }
                    }
                }
                else
                {
                    Skip(source, wireType);
                }
            }

            plan.Classify(inputs);
            return plan;
        }

        /// <summary>
        /// A constant is rewritten only when every node that reads it reads it the same way, as a MatMul's right
        /// operand or as a Gather's table along its rows; an initializer that is also a graph input may be replaced
        /// by the caller and stays float.
        /// </summary>
        private void Classify(HashSet<string> inputs)
        {
            var uses = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var node in Nodes)
            {
                for (var i = 0; i < node.Input.Count; i++)
                {
                    var role = string.IsNullOrEmpty(node.Domain) switch
                    {
                        true when node.OpType == "MatMul" && i == 1 => "weight",
                        true when node.OpType == "Gather" && i == 0 && node.Attribute.All(a => a.Name != "axis" || a.I == 0) => "table",
                        _ => "other",
                    };
                    if (!uses.TryGetValue(node.Input[i], out var roles))
                    {
                        uses[node.Input[i]] = roles = [];
                    }

                    roles.Add(role);
                }
            }

            foreach (var (name, roles) in uses)
            {
                if (inputs.Contains(name) || roles.Distinct().Count() != 1)
                {
                    continue;
                }

                _ = roles[0] switch
                {
                    "weight" => Weights.Add(name),
                    "table" => Tables.Add(name),
                    _ => false,
                };
            }
        }
    }
}
