using ClaimTracker.Core.Data;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Infrastructure;

/// <summary>
/// Opens the request's database connection once for the whole page handler. Left to itself EF opens and closes
/// it around every query, and with SQLite each open re-registers EF's functions under a process-wide lock: the
/// review page runs seven queries, and under load that lock and those opens were a large share of its time.
/// </summary>
public sealed class OneConnectionPerHandler : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var db = context.HttpContext.RequestServices.GetRequiredService<ClaimTrackerDbContext>();
        var cancellationToken = context.HttpContext.RequestAborted;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await next();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
