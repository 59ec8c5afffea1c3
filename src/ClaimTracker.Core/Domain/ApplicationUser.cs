using Microsoft.AspNetCore.Identity;

namespace ClaimTracker.Core.Domain;

public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Disabled users keep their history (audit, reviews) but can no longer sign in.</summary>
    public bool IsDisabled { get; set; }

    public DateTime CreatedAt { get; set; }
}
