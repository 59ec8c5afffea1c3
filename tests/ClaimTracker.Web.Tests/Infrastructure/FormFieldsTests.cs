using ClaimTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ClaimTracker.Web.Tests.Infrastructure;

public sealed class FormFieldsTests
{
    [Fact]
    public void A_posted_value_is_shown_even_when_it_is_not_a_number()
    {
        var state = new ModelStateDictionary();
        state.SetModelValue("Span.Start", "twelve", "twelve");
        state.AddModelError("Span.Start", "The value 'twelve' is not valid for Start.");

        var form = new FormFields(state);

        Assert.Equal("twelve", form.Value("Span.Start", 0));
        Assert.Equal(" input-validation-error", form.Invalid("Span.Start"));
        Assert.Equal("The value 'twelve' is not valid for Start.", form.Errors("Span.Start"));
    }

    [Fact]
    public void A_field_that_was_not_posted_shows_the_models_value_and_no_errors()
    {
        var form = new FormFields(new ModelStateDictionary());

        Assert.Equal("42", form.Value("Span.End", 42));
        Assert.Null(form.Value("Input.SourceId", (int?)null));
        Assert.Equal("2026-03-01", form.Date("NewLink.AccessedAt", new DateTime(2026, 3, 1, 15, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(string.Empty, form.Invalid("Span.End"));
        Assert.Equal(string.Empty, form.Errors("Span.End"));
    }

    [Fact]
    public void Several_errors_read_as_one_text()
    {
        var state = new ModelStateDictionary();
        state.AddModelError("NewLink.Url", "Enter the link's web address.");
        state.AddModelError("NewLink.Url", "Only http and https links.");

        Assert.Equal("Enter the link's web address. Only http and https links.", new FormFields(state).Errors("NewLink.Url"));
    }

    [Theory]
    [InlineData(new[] { "true", "false" }, false, true)]
    [InlineData(new[] { "false" }, true, false)]
    [InlineData(null, true, true)]
    public void A_checkbox_shows_as_posted_else_as_the_model_has_it(string[]? posted, bool model, bool expected)
    {
        var state = new ModelStateDictionary();
        if (posted is not null)
        {
            state.SetModelValue("Input.Reviewed", posted, string.Join(",", posted));
        }

        Assert.Equal(expected, new FormFields(state).Checked("Input.Reviewed", model));
    }
}
