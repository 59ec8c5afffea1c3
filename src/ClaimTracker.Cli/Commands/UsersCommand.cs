using System.CommandLine;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Users;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Cli.Commands;

internal static class UsersCommand
{
    public static Command Create(TextReader stdin)
    {
        var email = new Option<string>("--email") { Description = "The user's e-mail, also their sign-in name", Required = true };
        var role = new Option<string>("--role") { Description = $"One of {string.Join(", ", AppRoles.All)}", Required = true };
        var name = new Option<string?>("--name") { Description = "Display name (defaults to the e-mail's local part)" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input" };

        var add = new Command("add", "Create a user with a role.") { email, role, name, passwordStdin };
        add.SetAction(async (parse, cancellationToken) =>
        {
            if (!parse.GetValue(passwordStdin))
            {
                await Console.Error.WriteLineAsync("claimtracker users add: pass the password on standard input with --password-stdin (never on the command line).");
                return 2;
            }

            var roleName = parse.GetValue(role)!;
            if (AppRoles.Normalize(roleName) is null)
            {
                await Console.Error.WriteLineAsync($"claimtracker users add: unknown role '{roleName}'. Use one of: {string.Join(", ", AppRoles.All)}.");
                return 2;
            }

            var password = (await stdin.ReadLineAsync(cancellationToken))?.TrimEnd('\r') ?? string.Empty;
            await using var services = CliServices.Build();
            await using var scope = services.CreateAsyncScope();
            await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>(), cancellationToken);
            var result = await scope.ServiceProvider.GetRequiredService<UserAdministration>()
                .CreateAsync(parse.GetValue(email)!, roleName, password, parse.GetValue(name), cancellationToken);
            if (!result.Succeeded)
            {
                await Console.Error.WriteLineAsync($"claimtracker users add: {string.Join(" ", result.Errors)}");
                return 1;
            }

            await Console.Out.WriteLineAsync($"Created {parse.GetValue(email)} ({AppRoles.Normalize(roleName)}).");
            return 0;
        });

        return new Command("users", "Manage user accounts.") { add };
    }
}
