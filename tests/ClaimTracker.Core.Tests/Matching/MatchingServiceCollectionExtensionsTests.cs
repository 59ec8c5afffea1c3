using ClaimTracker.Core.Matching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Core.Tests.Matching;

public sealed class MatchingServiceCollectionExtensionsTests
{
    private static ServiceProvider Services(string adapter) =>
        new ServiceCollection()
            .AddClaimMatching(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Matching:QueryAdapter"] = adapter }).Build())
            .BuildServiceProvider();

    [Fact]
    public void A_query_adapter_path_that_does_not_exist_is_refused_with_the_setting_named()
    {
        using var services = Services("/nonexistent-folder/newsroom.qadapter");

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<MatchingOptions>>().Value);

        Assert.Contains("Matching:QueryAdapter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_an_adapter_is_refused_at_start_rather_than_at_every_lookup()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "<html>not an adapter</html>");
            using var services = Services(path);

            var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<MatchingOptions>>().Value);

            Assert.Contains("Matching:QueryAdapter", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_adapter_file_fitted_for_the_configured_model_is_accepted()
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var file = File.Create(path))
            {
                QueryAdapter.BuiltIn(SentenceModel.Named(new MatchingOptions().Model))!.Write(file);
            }

            using var services = Services(path);

            Assert.Equal(path, services.GetRequiredService<IOptions<MatchingOptions>>().Value.QueryAdapter);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("BuiltIn")]
    [InlineData("none")]
    public void The_named_adapter_settings_are_accepted(string adapter)
    {
        using var services = Services(adapter);

        Assert.Equal(adapter, services.GetRequiredService<IOptions<MatchingOptions>>().Value.QueryAdapter);
    }
}
