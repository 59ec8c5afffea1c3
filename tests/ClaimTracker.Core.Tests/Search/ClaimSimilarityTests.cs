using ClaimTracker.Core.Search;

namespace ClaimTracker.Core.Tests.Search;

/// <summary>
/// Labelled claim pairs (written for this test, not taken from any article) that tune and check the repeat
/// threshold. Repeats are the same claim reprinted, trimmed, reordered or lightly reworded; non-repeats share
/// a topic or many words but assert something else.
/// </summary>
public sealed class ClaimSimilarityTests(ITestOutputHelper output)
{
    public static readonly (string A, string B)[] Repeats =
    [
        ("The ministry will raise fuel subsidies by 12 percent from January", "The ministry will raise fuel subsidies by 12 percent starting in January"),
        ("Police arrested eight suspects who were planning attacks on the harbour", "Eight suspects who were planning attacks on the harbour were arrested by police"),
        ("The bridge repairs have been delayed by at least six months because of steel shortages", "Bridge repairs have been delayed by at least six months due to steel shortages"),
        ("The vaccination campaign reached 90 percent of children under five in the northern province", "The vaccination campaign has reached 90 percent of children under five in the northern province, officials added"),
        ("The central bank kept its main interest rate unchanged at 4.5 percent", "The central bank kept its key interest rate unchanged at 4.5 percent"),
        ("The company denied that it had dumped toxic waste into the river", "The company denied it dumped toxic waste into the river"),
        ("Turnout in the regional election was the lowest in two decades", "Turnout in the regional elections was the lowest in two decades"),
        ("The mayor promised to build 5,000 affordable homes before the end of her term", "The mayor has promised to build 5,000 affordable homes before her term ends"),
        ("Inflation rose to 7.2 percent in March, driven by food and energy prices", "Driven by food and energy prices, inflation rose to 7.2 percent in March"),
        ("The minister accused the opposition of spreading false claims about the pension reform", "The minister accused the opposition of spreading false claims on pension reform"),
        ("Hospitals in the capital are running out of oxygen supplies for patients", "Hospitals in the capital are running out of oxygen for patients"),
        ("The strike by teachers will continue until the government raises salaries", "The teachers' strike will continue until the government raises salaries"),
        ("Floods destroyed more than 300 homes and displaced 2,000 people in the valley", "More than 300 homes were destroyed and 2,000 people displaced by floods in the valley"),
        ("The new airport terminal will open to passengers in September", "The new airport terminal is set to open to passengers in September"),
        ("Exports of coffee fell by a third last year as prices collapsed", "Coffee exports fell by a third last year as prices collapsed"),
        ("The court ruled that the surveillance program violated the constitution", "The court has ruled the surveillance program violated the constitution"),
    ];

    public static readonly (string A, string B)[] Different =
    [
        ("The ministry will raise fuel subsidies by 12 percent from January", "The ministry will cut fuel subsidies in half from next summer"),
        ("Police arrested eight suspects who were planning attacks on the harbour", "Police released the suspects after questioning them about the harbour fire"),
        ("The bridge repairs have been delayed by at least six months because of steel shortages", "The tunnel project is on schedule and will finish under budget"),
        ("The central bank kept its main interest rate unchanged at 4.5 percent", "The central bank raised its main interest rate to 5 percent to fight inflation"),
        ("The company denied that it had dumped toxic waste into the river", "Residents said the river has smelled of chemicals since the factory opened"),
        ("Turnout in the regional election was the lowest in two decades", "The governing party won the regional election with a narrow majority"),
        ("The mayor promised to build 5,000 affordable homes before the end of her term", "Critics said the mayor's housing plan would take decades to deliver"),
        ("Inflation rose to 7.2 percent in March, driven by food and energy prices", "Wages rose by 3 percent in March, failing to keep pace with prices"),
        ("Hospitals in the capital are running out of oxygen supplies for patients", "The health minister said hospitals have enough oxygen for the winter"),
        ("The strike by teachers will continue until the government raises salaries", "The government said teachers' salaries will rise by 8 percent next year"),
        ("Floods destroyed more than 300 homes and displaced 2,000 people in the valley", "Drought has cut harvests in the valley for a third straight year"),
        ("The new airport terminal will open to passengers in September", "The old airport terminal will close for renovation in September"),
        ("Exports of coffee fell by a third last year as prices collapsed", "Coffee farmers are switching to cocoa as prices recover"),
        ("The court ruled that the surveillance program violated the constitution", "Parliament voted to extend the surveillance program for two more years"),
        ("The minister accused the opposition of spreading false claims about the pension reform", "The opposition accused the minister of hiding the cost of the pension reform"),
        ("The vaccination campaign reached 90 percent of children under five in the northern province", "The vaccination campaign stalled in the southern province after supply problems"),
    ];

    [Fact]
    public void Threshold_separates_repeats_from_related_claims_with_high_precision_and_recall()
    {
        var truePositives = Repeats.Count(p => ClaimSimilarity.Score(p.A, p.B) >= ClaimSimilarity.RepeatThreshold);
        var falsePositives = Different.Count(p => ClaimSimilarity.Score(p.A, p.B) >= ClaimSimilarity.RepeatThreshold);
        var precision = truePositives / (double)Math.Max(1, truePositives + falsePositives);
        var recall = truePositives / (double)Repeats.Length;
        output.WriteLine($"threshold {ClaimSimilarity.RepeatThreshold}: precision {precision:P0}, recall {recall:P0}");
        foreach (var (a, b) in Repeats.Concat(Different))
        {
            output.WriteLine($"{ClaimSimilarity.Score(a, b):F2}  {a} | {b}");
        }

        Assert.True(precision >= 0.95, $"precision {precision:P0}");
        Assert.True(recall >= 0.85, $"recall {recall:P0}");
    }

    [Fact]
    public void Short_claims_are_never_repeats()
    {
        Assert.Equal(0, ClaimSimilarity.Score("Prices rose.", "Prices rose."));
    }

    [Fact]
    public void Accents_case_and_plurals_do_not_matter()
    {
        var a = ClaimSimilarity.Tokens("Çavuşoğlu pledged cooperation on Allegations");
        var b = ClaimSimilarity.Tokens("cavusoglu pledged cooperation on allegation");

        Assert.Equal(a, b);
    }
}
