using ClaimTracker.Core.Matching.Quantisation;
using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using Onnx;

namespace ClaimTracker.Core.Tests.Matching.Quantisation;

/// <summary>
/// The rewrite on a small graph of the shape a transformer has (a word-embedding lookup feeding a MatMul by a
/// constant weight), run by ONNX Runtime before and after.
/// </summary>
public sealed class Int8GraphTests
{
    private const int Words = 1024;
    private const int Width = 64;
    private const int Outputs = 16;

    // 64 × 512 floats (128 KB) is too large to be parsed whole: the rewrite reads it as it streams past.
    private const int WideOutputs = 512;

    [Theory]
    [InlineData(Outputs)]
    [InlineData(WideOutputs)]
    public void The_quantised_graph_computes_what_the_float_graph_computes_to_within_a_few_percent(int outputs)
    {
        var graph = Graph(weightAlsoAdded: false, outputs);
        long[] ids = [3, 17, 1000, 512, 0, 999];

        var expected = Run(graph, ids);
        var actual = Run(Quantise(graph), ids);

        var scale = expected.Max(Math.Abs);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) < 0.03f * scale, $"output {i}: float {expected[i]}, int8 {actual[i]}");
        }
    }

    [Theory]
    [InlineData(Outputs)]
    [InlineData(WideOutputs)]
    public void The_lookup_table_and_the_weight_are_held_as_bytes_a_quarter_of_their_float_size(int outputs)
    {
        var graph = Graph(weightAlsoAdded: false, outputs);

        var quantised = Quantise(graph);
        var model = ModelProto.Parser.ParseFrom(quantised);

        Assert.True(quantised.Length < graph.Length * 0.3, $"{quantised.Length} bytes of {graph.Length}");
        Assert.DoesNotContain(model.Graph.Initializer, t => t.DataType == (int)TensorProto.Types.DataType.Float && t.Dims.Count == 2 && t.Dims[1] > 1);
        Assert.Contains(model.Graph.Node, n => n.OpType == "DynamicQuantizeMatMul" && n.Domain == "com.microsoft");
        Assert.Contains(model.OpsetImport, o => o.Domain == "com.microsoft");
    }

    [Fact]
    public void A_weight_that_another_node_also_reads_stays_float()
    {
        var quantised = ModelProto.Parser.ParseFrom(Quantise(Graph(weightAlsoAdded: true)));

        Assert.Contains(quantised.Graph.Initializer, t => t.Name == "weight" && t.DataType == (int)TensorProto.Types.DataType.Float);
        Assert.DoesNotContain(quantised.Graph.Node, n => n.OpType == "DynamicQuantizeMatMul");
        Assert.DoesNotContain(quantised.Graph.Initializer, t => t.Name == "table" && t.DataType == (int)TensorProto.Types.DataType.Float);
    }

    private static byte[] Quantise(byte[] graph)
    {
        using var output = new MemoryStream();
        Int8Graph.Write(() => new MemoryStream(graph, writable: false), output);
        return output.ToArray();
    }

    private static float[] Run(byte[] graph, long[] ids)
    {
        using var session = new InferenceSession(graph);
        using var input = OrtValue.CreateTensorValueFromMemory(ids, [2, ids.Length / 2]);
        using var results = session.Run(new RunOptions(), ["ids"], [input], ["y"]);
        return results[0].GetTensorDataAsSpan<float>().ToArray();
    }

    /// <summary>y = Gather(table, ids) · weight, with weights of a trained model's spread (normal, a few large values).</summary>
    private static byte[] Graph(bool weightAlsoAdded, int outputs = Outputs)
    {
        var random = new Random(7);
        float Normal(float sd) => sd * MathF.Sqrt(-2 * MathF.Log(1 - random.NextSingle())) * MathF.Cos(2 * MathF.PI * random.NextSingle());
        var table = Enumerable.Range(0, Words * Width).Select(_ => Normal(0.05f)).ToArray();
        var weight = Enumerable.Range(0, Width * outputs).Select(_ => Normal(0.1f)).ToArray();
        weight[5] = 0.9f;

        var graph = new GraphProto { Name = "tiny" };
        graph.Input.Add(new ValueInfoProto { Name = "ids", Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Int64 } } });
        graph.Output.Add(new ValueInfoProto { Name = "y", Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Float } } });
        graph.Initializer.Add(Int8Graph.Tensor("table", TensorProto.Types.DataType.Float, [Words, Width], Int8Graph.FloatBytes(table)));
        graph.Initializer.Add(Int8Graph.Tensor("weight", TensorProto.Types.DataType.Float, [Width, outputs], Int8Graph.FloatBytes(weight)));
        graph.Node.Add(Node("Gather", ["table", "ids"], "embedded"));
        graph.Node.Add(Node("MatMul", ["embedded", "weight"], weightAlsoAdded ? "product" : "y"));
        if (weightAlsoAdded)
        {
            graph.Node.Add(Node("ReduceSum", ["weight"], "total"));
            graph.Node.Add(Node("Add", ["product", "total"], "y"));
        }

        var model = new ModelProto { IrVersion = 7, Graph = graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = string.Empty, Version = 13 });
        return model.ToByteArray();
    }

    private static NodeProto Node(string op, string[] inputs, string output)
    {
        var node = new NodeProto { OpType = op, Name = output };
        node.Input.Add(inputs);
        node.Output.Add(output);
        return node;
    }
}
