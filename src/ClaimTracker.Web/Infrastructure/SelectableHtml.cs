using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace ClaimTracker.Web.Infrastructure;

/// <summary>
/// Markup rendered once and shown many times with one item selected: it records, per item key, where the item's
/// class lists end (to add <c>selected</c>) and where content shown inside the selected item goes. Writing a
/// selection then copies slices of one string instead of rendering again, so it can be kept while its data holds.
/// </summary>
public sealed class SelectableHtml
{
    private const string SelectedClass = " selected";

    private readonly char[] _html;
    private readonly Dictionary<int, List<int>> _classPoints;
    private readonly Dictionary<int, int> _contentPoints;

    private SelectableHtml(char[] html, Dictionary<int, List<int>> classPoints, Dictionary<int, int> contentPoints) =>
        (_html, _classPoints, _contentPoints) = (html, classPoints, contentPoints);

    public static SelectableHtml Empty { get; } = new([], [], []);

    /// <summary>Characters held, for sizing caches.</summary>
    public int Length => _html.Length;

    /// <summary>All of it, with <paramref name="key"/>'s item selected (none when null or unknown).</summary>
    public IHtmlContent Selecting(int? key) => new Slice(_html, 0, _html.Length, Points(key));

    /// <summary>Up to where content goes inside <paramref name="key"/>'s item; all of it when the item has no such place.</summary>
    public IHtmlContent Before(int? key) => new Slice(_html, 0, ContentPoint(key) ?? _html.Length, Points(key));

    /// <summary>The rest after <see cref="Before"/>; nothing when the item has no place for content.</summary>
    public IHtmlContent After(int? key) =>
        ContentPoint(key) is { } at ? new Slice(_html, at, _html.Length, Points(key)) : HtmlString.Empty;

    private List<int> Points(int? key) => key is { } k && _classPoints.TryGetValue(k, out var points) ? points : [];

    private int? ContentPoint(int? key) => key is { } k && _contentPoints.TryGetValue(k, out var at) ? at : null;

    /// <summary>Already encoded when built, so the writer's encoder is not applied again.</summary>
    private sealed class Slice(char[] html, int start, int end, List<int> classPoints) : IHtmlAsyncContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            ArgumentNullException.ThrowIfNull(writer);
            var from = start;
            foreach (var point in Inside())
            {
                writer.Write(html, from, point - from);
                writer.Write(SelectedClass);
                from = point;
            }

            writer.Write(html, from, end - from);
        }

        public async ValueTask WriteToAsync(TextWriter writer)
        {
            ArgumentNullException.ThrowIfNull(writer);
            var from = start;
            foreach (var point in Inside())
            {
                await writer.WriteAsync(html, from, point - from);
                await writer.WriteAsync(SelectedClass);
                from = point;
            }

            await writer.WriteAsync(html, from, end - from);
        }

        private IEnumerable<int> Inside() => classPoints.Where(point => point >= start && point <= end);
    }

    /// <summary>Writes markup: raw for our own tags and class names, through the page's encoder for everything else.</summary>
    public sealed class Builder(HtmlEncoder encoder, int capacity = 256)
    {
        private readonly StringBuilder _html = new(capacity);
        private readonly Dictionary<int, List<int>> _classPoints = [];
        private readonly Dictionary<int, int> _contentPoints = [];

        public Builder Raw(string html)
        {
            _html.Append(html);
            return this;
        }

        public Builder Raw(int number)
        {
            _html.Append(number.ToString(CultureInfo.InvariantCulture));
            return this;
        }

        public Builder Text(string? text) => text is null ? this : Text(text, 0, text.Length);

        public Builder Text(string text, int start, int length)
        {
            using var writer = new StringWriter(_html, CultureInfo.InvariantCulture);
            encoder.Encode(writer, text, start, length);
            return this;
        }

        /// <summary>Marks the end of a class list (inside its quotes) that belongs to <paramref name="key"/>'s item.</summary>
        public Builder ClassEnd(int key)
        {
            if (!_classPoints.TryGetValue(key, out var points))
            {
                _classPoints[key] = points = [];
            }

            points.Add(_html.Length);
            return this;
        }

        /// <summary>Marks where content shown inside <paramref name="key"/>'s item goes when it is selected.</summary>
        public Builder ContentPlace(int key)
        {
            _contentPoints[key] = _html.Length;
            return this;
        }

        public SelectableHtml Build()
        {
            var html = new char[_html.Length];
            _html.CopyTo(0, html, html.Length);
            return new(html, _classPoints, _contentPoints);
        }
    }
}
