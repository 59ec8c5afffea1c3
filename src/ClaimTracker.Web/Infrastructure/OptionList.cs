using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace ClaimTracker.Web.Infrastructure;

/// <summary>
/// A select's options, encoded once and written straight to the response when the page is flushed. A picker of
/// hundreds of sources then costs one entry in the page's buffer and a few copies of one array, and one list
/// serves every picker (and, kept, every request) that offers the same choices.
/// </summary>
public sealed class OptionList
{
    private const string SelectedAttribute = " selected=\"selected\"";

    private readonly char[] _html;

    // Per option where it starts (one more entry: where the last ends) and where its selected attribute goes.
    private readonly int[] _starts;
    private readonly int[] _selectPoints;
    private readonly Dictionary<string, int> _indexByValue;

    /// <param name="encoder">The page's encoder: values and labels are encoded once, here.</param>
    public OptionList(IReadOnlyList<Choice> choices, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(encoder);
        var html = new StringBuilder(choices.Count * 48);
        using var writer = new StringWriter(html, System.Globalization.CultureInfo.InvariantCulture);
        _starts = new int[choices.Count + 1];
        _selectPoints = new int[choices.Count];
        _indexByValue = new Dictionary<string, int>(choices.Count, StringComparer.Ordinal);
        for (var i = 0; i < choices.Count; i++)
        {
            _starts[i] = html.Length;
            html.Append("<option value=\"");
            encoder.Encode(writer, choices[i].Value);
            html.Append('"');
            _selectPoints[i] = html.Length;
            html.Append('>');
            encoder.Encode(writer, choices[i].Label);
            html.Append("</option>");
            _indexByValue.TryAdd(choices[i].Value, i);
        }

        _starts[choices.Count] = html.Length;
        _html = new char[html.Length];
        html.CopyTo(0, _html, _html.Length);
    }

    public static OptionList Empty { get; } = new([], HtmlEncoder.Default);

    public int Count => _selectPoints.Length;

    /// <summary>Characters held, for sizing caches.</summary>
    public int Length => _html.Length;

    /// <summary>
    /// The options with the one whose value is <paramref name="selected"/> (if any) selected, leaving out those
    /// whose values are in <paramref name="except"/> (offered elsewhere in the same picker, or not allowed there).
    /// </summary>
    public IHtmlContent Selecting(string? selected, IEnumerable<string>? except = null)
    {
        int? Index(string? value) => value is not null && _indexByValue.TryGetValue(value, out var i) ? i : null;
        var skips = except is null ? [] : except.Select(Index).OfType<int>().Distinct().Order().ToList();
        var mark = Index(selected) is { } m && !skips.Contains(m) ? m : (int?)null;

        // Runs of the one array between the left-out options, one of them ending where the selected attribute goes.
        var runs = new List<Run>((2 * skips.Count) + 2);
        var from = 0;
        foreach (var skip in skips)
        {
            if (mark is { } at && at < skip)
            {
                runs.Add(new Run(from, _selectPoints[at], true));
                (from, mark) = (_selectPoints[at], null);
            }

            runs.Add(new Run(from, _starts[skip], false));
            from = _starts[skip + 1];
        }

        if (mark is { } last)
        {
            runs.Add(new Run(from, _selectPoints[last], true));
            from = _selectPoints[last];
        }

        runs.Add(new Run(from, _starts[^1], false));
        return new Options(_html, runs);
    }

    public readonly record struct Choice(string Value, string Label);

    private readonly record struct Run(int Start, int End, bool ThenSelected);

    /// <summary>Already encoded, so the writer's encoder is not applied again; written asynchronously for the reason <see cref="SelectableHtml"/> gives.</summary>
    private sealed class Options(char[] html, List<Run> runs) : IHtmlAsyncContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            ArgumentNullException.ThrowIfNull(writer);
            foreach (var run in runs)
            {
                writer.Write(html, run.Start, run.End - run.Start);
                if (run.ThenSelected)
                {
                    writer.Write(SelectedAttribute);
                }
            }
        }

        public async ValueTask WriteToAsync(TextWriter writer)
        {
            ArgumentNullException.ThrowIfNull(writer);
            foreach (var run in runs)
            {
                await writer.WriteAsync(html, run.Start, run.End - run.Start);
                if (run.ThenSelected)
                {
                    await writer.WriteAsync(SelectedAttribute);
                }
            }
        }
    }
}
