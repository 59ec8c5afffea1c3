using ClaimTracker.Core;
using ClaimTracker.Core.Matching;
using ClaimTracker.Web.Infrastructure;

// Before the host starts its threads: with the default of eight arenas per core, each pool thread that runs the
// sentence model keeps its own copy of a call's working memory (docs/matching.md, Memory).
NativeHeap.LimitArenas(2);

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddClaimTrackerCore(builder.Configuration);
builder.Services.AddClaimTrackerWeb(builder.Configuration, builder.Environment);

var app = builder.Build();

app.UseClaimTrackerPipeline();

await app.RunAsync();

/// <summary>Entry point, public so WebApplicationFactory can host the app in tests.</summary>
public partial class Program;
