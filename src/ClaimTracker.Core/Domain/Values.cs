namespace ClaimTracker.Core.Domain;

// These value lists are the product's vocabulary: pages, reports and exports all use them,
// and they are stored as their names so the database stays readable and reorderable.

public enum ArticleStatus
{
    New,
    InReview,
    Reviewed,
}

public enum ClaimKind
{
    Direct,
    Indirect,
    Mixed,
    Unattributed,
}

public enum ClaimOrigin
{
    Extracted,
    AddedByPerson,
    EditedByPerson,
}

public enum SourcingType
{
    NamedOnRecord,
    OfficialStatement,
    Spokesperson,
    Anonymous,
    MediaReport,
    DocumentOrData,
    SocialMediaPost,
    Unattributed,
}

public enum ContestedStatus
{
    Uncontested,
    Contested,
    Denied,
}

public enum Rating
{
    Unrated,
    True,
    MostlyTrue,
    Mixed,
    MostlyFalse,
    False,
    Unverifiable,
}

public enum SourceKind
{
    Person,
    OfficialBody,
    Organization,
    MediaOutlet,
    Anonymous,
    Document,
}

public enum LinkStance
{
    Supports,
    Contradicts,
    Context,
}

public enum ClaimRelationType
{
    Denies,
    RespondsTo,
    Repeats,
}
