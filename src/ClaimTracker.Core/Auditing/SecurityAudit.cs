using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;

namespace ClaimTracker.Core.Auditing;

/// <summary>Security events an Admin reviews: sign-ins, failures, lockouts, user and role changes.</summary>
public static class SecurityEvents
{
    public const string EntityType = "User";

    public const string SignIn = nameof(SignIn);
    public const string SignInFailed = nameof(SignInFailed);
    public const string LockedOut = nameof(LockedOut);
    public const string UserCreated = nameof(UserCreated);
    public const string UserDisabled = nameof(UserDisabled);
    public const string UserEnabled = nameof(UserEnabled);
    public const string PasswordReset = nameof(PasswordReset);
    public const string RoleChanged = nameof(RoleChanged);
}

public sealed class SecurityAudit(ClaimTrackerDbContext db, TimeProvider clock)
{
    /// <param name="subject">The account the event is about (id or, for unknown accounts, the name tried).</param>
    /// <param name="actorId">Who did it; the subject itself for sign-ins.</param>
    public async Task RecordAsync(string eventName, string subject, string? actorId, string? actorName, string? detail, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            UserId = actorId,
            UserName = Truncate(actorName, 256),
            At = clock.GetUtcNow().UtcDateTime,
            EntityType = SecurityEvents.EntityType,
            EntityId = Truncate(subject, 64)!,
            Field = eventName,
            NewValue = Truncate(detail, 4000),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Truncate(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
