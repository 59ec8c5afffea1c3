using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ClaimTracker.Web.Infrastructure;

/// <summary>
/// What the input and validation tag helpers give a field, for markup that is written without them: the value to
/// show and the field's errors. The review panel uses it; it has some forty fields and is shown on every request
/// of the busiest page, where each <c>asp-for</c> costs an expression tree, a metadata lookup and a tag builder.
/// </summary>
/// <remarks>
/// As the tag helpers do, a field that was posted shows what was posted (so a refused form keeps what was typed,
/// even text that is not a number), and otherwise the model's value.
/// </remarks>
public sealed class FormFields(ModelStateDictionary modelState)
{
    public string? Value(string name, string? current) => Posted(name, out var posted) ? posted : current;

    public string? Value(string name, int current) => Posted(name, out var posted) ? posted : current.ToString(CultureInfo.InvariantCulture);

    public string? Value(string name, int? current) => Posted(name, out var posted) ? posted : current?.ToString(CultureInfo.InvariantCulture);

    public string? Value(string name, Guid current) => Posted(name, out var posted) ? posted : current.ToString();

    /// <summary>A date for an <c>input type="date"</c>, which reads and writes <c>yyyy-MM-dd</c>.</summary>
    public string? Date(string name, DateTime? current) =>
        Posted(name, out var posted) ? posted : current?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Whether a checkbox shows ticked: as posted (its value and the hidden "false" arrive together), else as the model has it.</summary>
    public bool Checked(string name, bool current) =>
        modelState.TryGetValue(name, out var entry) && entry.RawValue is not null
            ? entry.RawValue is string[] values ? values.Contains("true", StringComparer.OrdinalIgnoreCase) : string.Equals(entry.AttemptedValue, "true", StringComparison.OrdinalIgnoreCase)
            : current;

    /// <summary>The field's error messages, one sentence after another; empty when it has none.</summary>
    public string Errors(string name) =>
        modelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0
            ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage))
            : string.Empty;

    /// <summary>The class the tag helpers give an input whose value was refused.</summary>
    public string Invalid(string name) =>
        modelState.TryGetValue(name, out var entry) && entry.ValidationState == ModelValidationState.Invalid ? " input-validation-error" : string.Empty;

    private bool Posted(string name, out string? value)
    {
        if (modelState.TryGetValue(name, out var entry) && entry.RawValue is not null)
        {
            value = entry.AttemptedValue;
            return true;
        }

        value = null;
        return false;
    }
}
