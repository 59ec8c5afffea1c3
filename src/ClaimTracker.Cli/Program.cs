using System.CommandLine;
using ClaimTracker.Cli.Commands;

var root = new RootCommand("ClaimTracker: attributed claims in news articles.")
{
    ExtractCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
