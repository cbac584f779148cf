using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Identity;

namespace BelarusUsArchive.Web.Features.Editor.Account;

/// <summary>
/// `create-user --email E --role Admin|Editor [--name "Display Name"]`: creates the account or updates its password,
/// role and (when given) the display name readers see on its commentary.
/// The password comes from ARCHIVE_PASSWORD or standard input, never from a default.
/// </summary>
public static class CreateUserCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextReader input, TextWriter output)
    {
        string? email = null, role = null, name = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--email" when i + 1 < args.Count: email = args[++i]; break;
                case "--role" when i + 1 < args.Count: role = args[++i]; break;
                case "--name" when i + 1 < args.Count: name = args[++i]; break;
                default:
                    await output.WriteLineAsync($"unknown argument '{args[i]}'");
                    return Usage(output);
            }
        }
        role = Roles.All.FirstOrDefault(r => r.Equals(role, StringComparison.OrdinalIgnoreCase));
        if (string.IsNullOrWhiteSpace(email) || role is null)
        {
            return Usage(output);
        }
        if (name is not null && EditorUser.DisplayNameProblem(name) is { } problem)
        {
            await output.WriteLineAsync($"refused: {problem}");
            return 2;
        }
        var password = Environment.GetEnvironmentVariable("ARCHIVE_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            password = (await input.ReadLineAsync())?.TrimEnd('\r', '\n');
        }
        if (string.IsNullOrEmpty(password))
        {
            await output.WriteLineAsync("no password: give it on standard input or in ARCHIVE_PASSWORD");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var missing in Roles.All.Where(r => !roles.RoleExistsAsync(r).GetAwaiter().GetResult()))
        {
            await roles.CreateAsync(new IdentityRole(missing));
        }
        var user = await users.FindByEmailAsync(email);
        var created = user is null;
        user ??= new EditorUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = created ? await users.CreateAsync(user, password) : await ResetPasswordAsync(users, user, password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                await output.WriteLineAsync($"refused: {error.Description}");
            }
            return 1;
        }
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Where(r => r != role));
        if (!current.Contains(role))
        {
            await users.AddToRoleAsync(user, role);
        }
        user.Disabled = false;
        user.DisplayName = name?.Trim() ?? user.DisplayName;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await output.WriteLineAsync($"{(created ? "created" : "updated")} {email} as {role}, shown to readers as “{user.PublicName}”");
        return 0;
    }

    private static async Task<IdentityResult> ResetPasswordAsync(UserManager<EditorUser> users, EditorUser user, string password)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return await users.ResetPasswordAsync(user, token, password);
    }

    private static int Usage(TextWriter output)
    {
        output.WriteLine("usage: create-user --email E --role Admin|Editor [--name NAME]   (password on standard input or in ARCHIVE_PASSWORD)");
        return 2;
    }
}
