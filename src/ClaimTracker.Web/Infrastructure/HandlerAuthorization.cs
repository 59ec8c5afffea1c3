using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ClaimTracker.Web.Infrastructure;

/// <summary>
/// A policy one page handler needs beyond its folder's: Razor Pages authorize whole pages, while signing off,
/// assigning, publishing and merging are Editor actions on pages every reviewer opens.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class AuthorizeHandlerAttribute(string policy) : Attribute
{
    public string Policy { get; } = policy;
}

/// <summary>
/// Enforces <see cref="AuthorizeHandlerAttribute"/> on the server before the handler runs. Declared on the
/// handler rather than checked in its body, so the authorization matrix test can list every such handler.
/// </summary>
public sealed class HandlerAuthorization : IAsyncPageFilter
{
    private static readonly ConcurrentDictionary<MethodInfo, string?> PolicyOf = new();

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var policy = context.HandlerMethod?.MethodInfo is { } method
            ? PolicyOf.GetOrAdd(method, static m => m.GetCustomAttribute<AuthorizeHandlerAttribute>()?.Policy)
            : null;
        if (policy is not null)
        {
            var authorization = context.HttpContext.RequestServices.GetRequiredService<IAuthorizationService>();
            if (!(await authorization.AuthorizeAsync(context.HttpContext.User, policy)).Succeeded)
            {
                context.Result = new ForbidResult();
                return;
            }
        }

        await next();
    }
}
