using System.Globalization;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Reports;

namespace ClaimTracker.Web.Pages.Reports;

/// <summary>
/// Geometry of the sourcing-type bar chart, computed on the server so the page draws it as inline SVG:
/// it prints, needs no script, and uses only presentation attributes (the CSP forbids style attributes).
/// Numbers are formatted invariantly because SVG wants "12.5", never "12,5".
/// </summary>
public sealed class SourcingChart
{
    public const int Width = 640;
    public const int LabelWidth = 170;
    public const int BarArea = 380;
    private const int RowHeight = 26;
    private const int BarHeight = 16;

    private static readonly Dictionary<SourcingType, string> Fills = new()
    {
        [SourcingType.NamedOnRecord] = "#1f6f43",
        [SourcingType.OfficialStatement] = "#2b6cb0",
        [SourcingType.Spokesperson] = "#4c7ab8",
        [SourcingType.Anonymous] = "#b7791f",
        [SourcingType.MediaReport] = "#6b46c1",
        [SourcingType.DocumentOrData] = "#2c7a7b",
        [SourcingType.SocialMediaPost] = "#b83280",
        [SourcingType.Unattributed] = "#718096",
    };

    private SourcingChart(IReadOnlyList<Bar> bars, int height)
    {
        Bars = bars;
        Height = height;
    }

    public IReadOnlyList<Bar> Bars { get; }

    public int Height { get; }

    public string ViewBox => string.Create(CultureInfo.InvariantCulture, $"0 0 {Width} {Height}");

    public static SourcingChart From(ReportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var max = Math.Max(1, summary.BySourcingType.Max(t => t.Count));
        var bars = summary.BySourcingType.Select((row, i) =>
        {
            var top = (i * RowHeight) + ((RowHeight - BarHeight) / 2);
            var width = row.Count == 0 ? 0 : Math.Max(2.0, (double)row.Count / max * BarArea);
            return new Bar(
                ReportText.Label(row.Type),
                row.Count,
                ReportText.Percent(summary.Share(row.Count)),
                Fills[row.Type],
                Number(top),
                Number(top + BarHeight - 3),
                Number(width),
                Number(LabelWidth + width + 6));
        }).ToList();
        return new SourcingChart(bars, bars.Count * RowHeight);
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public sealed record Bar(string Label, int Count, string Percent, string Fill, string Y, string TextY, string BarWidth, string CountX);
}
