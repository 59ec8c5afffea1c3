using ClaimTracker.Core.Matching;
using ClaimTracker.Core.Repeats;
using ClaimTracker.Core.Tests.Matching;
using System.Numerics.Tensors;

namespace ClaimTracker.Core.Tests.Repeats;

/// <summary>
/// The real model at the default repeat threshold, on pairs written for these tests: the same claim in other
/// words is linked, different claims are not, and a claim with another figure, a negation or the opposite
/// direction that the model links anyway is flagged by <see cref="ClaimContrast"/>.
/// </summary>
public sealed class MeaningPairsTests(SharedEmbedder shared, ITestOutputHelper output)
{
    private static readonly float Threshold = new RepeatOptions().Threshold;

    private double Similarity(string a, string b)
    {
        var vectors = shared.Embedder.Embed([a, b], TestContext.Current.CancellationToken);
        var similarity = TensorPrimitives.Dot<float>(vectors[0], vectors[1]);
        output.WriteLine($"{similarity:F3}  {a} | {b}");
        return similarity;
    }

    [Theory]
    [InlineData("Floods destroyed more than 300 homes in the valley.", "More than 300 houses in the valley were wrecked by floods.")]
    [InlineData("The minister said the vaccine is safe for children.", "According to the minister, children can safely be given the vaccine.")]
    [InlineData("The city will close three libraries next year to save money.", "Three libraries will shut next year as the city cuts costs.")]
    [InlineData("The senator voted against the border security bill.", "The border security bill was opposed by the senator in the vote.")]
    [InlineData("Police arrested four men after the bank robbery on Main Street.", "Four men were detained by police following the Main Street bank robbery.")]
    public void The_same_claim_in_other_words_reaches_the_threshold(string a, string b) =>
        Assert.True(Similarity(a, b) >= Threshold, $"below {Threshold}");

    [Theory]
    [InlineData("The central bank kept interest rates unchanged.", "Floods destroyed more than 300 homes in the valley.")]
    [InlineData("The mayor announced a new bus route to the airport.", "The mayor resigned after the expenses scandal.")]
    [InlineData("The vaccine was approved for children over five.", "The hospital opened a new children's ward.")]
    public void Different_claims_stay_below_the_threshold(string a, string b) =>
        Assert.True(Similarity(a, b) < Threshold, $"at or above {Threshold}");

    [Theory]
    [InlineData("Unemployment rose to 5%.", "Unemployment fell to 5%.")]
    [InlineData("Unemployment rose to 5% in March.", "Unemployment rose to 7% in March.")]
    [InlineData("The vaccine is safe for children.", "The vaccine is not safe for children.")]
    public void A_changed_figure_negation_or_direction_the_model_links_is_flagged(string a, string b)
    {
        var similarity = Similarity(a, b);
        var contrast = ClaimContrast.Compare(a, b);
        output.WriteLine($"linked: {similarity >= Threshold}, flagged: {contrast}");

        Assert.True(similarity < Threshold || contrast.Any, "linked as a repeat with nothing to warn the reviewer");
    }
}
