using ClaimTracker.Cli;

return await CliApp.RunAsync(args, Console.In);
