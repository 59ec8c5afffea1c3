using ClaimTracker.Core;
using ClaimTracker.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddClaimTrackerCore(builder.Configuration);
builder.Services.AddClaimTrackerWeb(builder.Configuration, builder.Environment);

var app = builder.Build();

app.UseClaimTrackerPipeline();

await app.RunAsync();

/// <summary>Entry point, public so WebApplicationFactory can host the app in tests.</summary>
public partial class Program;
