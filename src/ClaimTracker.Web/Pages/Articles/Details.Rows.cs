using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Repeats;
using ClaimTracker.Core.Reviewing;
using ClaimTracker.Web.Infrastructure;
using Humanizer;

namespace ClaimTracker.Web.Pages.Articles;

/// <summary>What the review page shows, as read for it, and how its history reads to a reviewer.</summary>
public sealed partial class DetailsModel
{
    /// <summary>A history row's field as a reviewer reads it: "Reviewed by", not "Reviewed by id".</summary>
    public static string FieldLabel(string field) =>
        (field.Length > 2 && field.EndsWith("Id", StringComparison.Ordinal) ? field[..^2] : field).Humanize(LetterCasing.Sentence);

    /// <summary>A history value as a reviewer reads it: "Mostly true", not the stored "MostlyTrue".</summary>
    public static string? ValueLabel(string field, string? value) => field switch
    {
        nameof(Claim.SourcingType) => EnumChoices.Label<SourcingType>(value),
        nameof(Claim.ContestedStatus) => EnumChoices.Label<ContestedStatus>(value),
        nameof(Claim.Rating) => EnumChoices.Label<Rating>(value),
        nameof(Claim.Kind) => EnumChoices.Label<ClaimKind>(value),
        nameof(Claim.Origin) => EnumChoices.Label<ClaimOrigin>(value),
        _ => value,
    };

    public sealed record ArticleView(int Id, string Title, string? Outlet, string? Byline, string? OriginalUrl, DateTime? PublishedAt,
        ArticleStatus Status, Guid ClaimsVersion, string? AssignedReviewerId, string? AssignedReviewerName, string? SignedOffBy, DateTime? SignedOffAt);

    public sealed record ClaimRow(int Id, int Ordinal, int Start, int End, List<TextRange> Segments, string Text, ClaimKind Kind, string? Cue,
        string? SourceMention, int? SourceMentionStart, int? SourceMentionEnd, SourceOption? Source, SourceOption? ContestedBySource,
        string? SpeakerRole, SourcingType SourcingType, ContestedStatus ContestedStatus, Rating Rating, bool Reviewed)
    {
        public string? SourceName => Source?.Name;
    }

    public sealed record SourceOption(int Id, string Name, SourceKind Kind);

    /// <summary>Sources by name and the options that offer them.</summary>
    public sealed record SourceChoices(IReadOnlyList<SourceOption> Sources, OptionList Options)
    {
        public static SourceChoices None { get; } = new([], OptionList.Empty);

        public IEnumerable<string> Values => Sources.Select(s => ReviewReads.Id(s.Id));
    }

    public sealed record LinkRow(int Id, string Url, string? Title, string? Publisher, LinkStance Stance, DateTime? AccessedAt, string? Note);

    public sealed record HistoryRow(string? UserName, DateTime At, string Field, string? OldValue, string? NewValue);

    public sealed record SelectedClaim(int Id, int Ordinal, int Start, int End, string Text, ClaimOrigin Origin, string? SourceMention,
        Guid Version, ClaimFields Fields, IReadOnlyList<LinkRow> Links, int IndependentSupport, IReadOnlyList<HistoryRow> History);
}

/// <summary>A repeat in the review panel, with the selected claim it would copy a review onto.</summary>
public sealed record RepeatRowView(RepeatRow Row, int ArticleId, int ClaimId, Guid Version);
