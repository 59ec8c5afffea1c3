using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Importing;

namespace ClaimTracker.Core.Tests.Importing;

public sealed class SourceLinkerTests
{
    [Theory]
    [InlineData("Maria Santos", SourceKind.Person, true)]
    [InlineData("Santos", SourceKind.Person, false)]
    [InlineData("the minister", SourceKind.Person, false)]
    [InlineData("World Health Organization", SourceKind.Organization, true)]
    [InlineData("the ministry", SourceKind.OfficialBody, false)]
    [InlineData("Senior Officials", SourceKind.Anonymous, false)]
    public void Links_across_articles_only_on_a_full_proper_name(string name, SourceKind kind, bool linkable)
    {
        Assert.Equal(linkable, SourceLinker.IsLinkableAcrossArticles(name, kind));
    }
}
