using ClaimTracker.Core.Domain;

namespace ClaimTracker.Core.FactChecks;

/// <summary>One check as a parser read it, fields cleaned and validated, not yet stored.</summary>
public sealed record FactCheckRecord(
    string ClaimReviewed,
    string CheckedBy,
    string? CheckedByUrl,
    string? Claimant,
    string? RatingText,
    double? RatingValue,
    double? BestRating,
    double? WorstRating,
    DateTime? CheckedOn,
    string Url);

/// <summary>A record the parser left out, and why, named so a person can find it in the input ("row 14", "ClaimReview 3").</summary>
public sealed record SkippedRecord(string Where, string Reason);

/// <summary>What one input held: the records to import and those skipped.</summary>
public sealed record ParsedFactChecks(FactCheckFormat Format, IReadOnlyList<FactCheckRecord> Records, IReadOnlyList<SkippedRecord> Skipped);

/// <summary>The input as a whole cannot be imported (too large, not text, not the format, nothing to import); nothing is saved.</summary>
public sealed class FactCheckImportRefusedException(string message) : Exception(message);
