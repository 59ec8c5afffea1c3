using Onnx;

namespace ClaimTracker.Core.Matching.Quantisation;

/// <summary>
/// A lookup table ([rows, columns] floats, such as word embeddings) as uint8 rows with a float scale and offset
/// per row: a row's values spread over its own range, so a rare word with large values costs no precision to the
/// common ones. A value reads back as <c>q * scale + offset</c>.
/// </summary>
internal sealed class TableQuantiser(string name, int rows, int columns)
{
    private readonly byte[] values = new byte[checked(rows * columns)];
    private readonly float[] scales = new float[rows];
    private readonly float[] offsets = new float[rows];

    public string Name => name;

    public int Rows => rows;

    public int Columns => columns;

    public void Add(int row, ReadOnlySpan<float> values)
    {
        var min = float.PositiveInfinity;
        var max = float.NegativeInfinity;
        foreach (var v in values)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        var scale = max > min ? (max - min) / 255f : 1f;
        scales[row] = scale;
        offsets[row] = min;
        var target = this.values.AsSpan(row * columns, columns);
        for (var c = 0; c < columns; c++)
        {
            target[c] = (byte)Math.Clamp(MathF.Round((values[c] - min) / scale), 0, 255);
        }
    }

    public TensorProto[] Tensors() =>
    [
        Int8Graph.Tensor(Int8Graph.QuantisedName(name), TensorProto.Types.DataType.Uint8, [rows, columns], values),
        Int8Graph.Tensor(Int8Graph.ScaleName(name), TensorProto.Types.DataType.Float, [rows, 1], Int8Graph.FloatBytes(scales)),
        Int8Graph.Tensor(Int8Graph.OffsetName(name), TensorProto.Types.DataType.Float, [rows, 1], Int8Graph.FloatBytes(offsets)),
    ];
}
