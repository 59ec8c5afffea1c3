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

    [Theory]
    [InlineData("BuiltIn")]
    [InlineData("none")]
    public void The_named_adapter_settings_are_accepted(string adapter)
    {
        using var services = Services(adapter);

        Assert.Equal(adapter, services.GetRequiredService<IOptions<MatchingOptions>>().Value.QueryAdapter);
    }
}
