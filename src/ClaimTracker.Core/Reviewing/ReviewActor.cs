namespace ClaimTracker.Core.Reviewing;

/// <summary>Who makes a change: written into every audit row it causes.</summary>
public sealed record ReviewActor(string? UserId, string? UserName);

public enum ReviewStatus
{
    Saved,
    NotFound,
    Invalid,
    Conflict,
}

/// <summary>A problem with one input field (empty field = the whole form).</summary>
public sealed record ReviewError(string Field, string Message);

/// <summary>
/// The outcome of a reviewing command. On <see cref="ReviewStatus.Conflict"/>, <see cref="Theirs"/> holds what
/// the other person saved and <see cref="CurrentVersion"/> the token to post to overwrite it deliberately.
/// </summary>
public sealed record ReviewResult(
    ReviewStatus Status,
    IReadOnlyList<ReviewError> Errors,
    int? Id = null,
    ClaimFields? Theirs = null,
    Guid? CurrentVersion = null)
{
    public bool Succeeded => Status == ReviewStatus.Saved;

    public static ReviewResult Saved(int? id = null) => new(ReviewStatus.Saved, [], id);

    public static ReviewResult Missing { get; } = new(ReviewStatus.NotFound, []);

    public static ReviewResult Invalid(string field, string message) => new(ReviewStatus.Invalid, [new ReviewError(field, message)]);

    public static ReviewResult Invalid(IReadOnlyList<ReviewError> errors) => new(ReviewStatus.Invalid, errors);

    public static ReviewResult Conflict(ClaimFields? theirs, Guid? version) =>
        new(ReviewStatus.Conflict, [new ReviewError(string.Empty, "Someone else saved this claim while you were editing it.")], null, theirs, version);
}
