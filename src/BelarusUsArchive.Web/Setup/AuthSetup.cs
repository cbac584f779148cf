using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Editor.Account;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace BelarusUsArchive.Web.Setup;

public static class AuthSetup
{
    /// <summary>
    /// Accounts for editors: Identity on the archive's store, long passphrases checked against common
    /// passwords instead of character-class rules, lockout after failed sign-ins, and a session that is
    /// re-checked on every request so a disabled account or a changed role takes effect at once.
    /// </summary>
    public static IServiceCollection AddArchiveAuth(this IServiceCollection services)
    {
        services.AddIdentity<EditorUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 4;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<ArchiveDb>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddPasswordValidator<CommonPasswordValidator>();
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.Zero;
            o.OnRefreshingPrincipal = _ => Task.CompletedTask;
        });
        // Cookie names: over HTTPS each gets the __Host- prefix and Secure (HostPrefixedCookies), plain on HTTP.
        // The sign-in cookies are Lax so a link into /editor from elsewhere arrives signed in; the antiforgery
        // cookie is only ever needed by a form the archive itself served, so it is Strict.
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "archive.antiforgery";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o => Harden(o.Cookie, "archive.two-factor"));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, o => Harden(o.Cookie, "archive.two-factor-remember"));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme, o => Harden(o.Cookie, "archive.external"));
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/editor/login";
            o.LogoutPath = "/editor/logout";
            o.AccessDeniedPath = "/editor/denied";
            Harden(o.Cookie, Features.Articles.KeptPages.EditorCookie);
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.Events = new CookieAuthenticationEvents
            {
                // The stamp check runs on every request (interval zero); a disabled account fails it too.
                OnValidatePrincipal = async context =>
                {
                    await SecurityStampValidator.ValidatePrincipalAsync(context);
                    if (context.Principal?.Identity?.IsAuthenticated != true)
                    {
                        return;
                    }
                    var users = context.HttpContext.RequestServices.GetRequiredService<UserManager<EditorUser>>();
                    var user = await users.GetUserAsync(context.Principal);
                    if (user is null || user.Disabled)
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    }
                    else if (await TwoFactorRequirement.IsMissingOutsideEditorAsync(context.HttpContext, user))
                    {
                        // A reader until the second factor is set up; the cookie stays, so /editor sends them to set it up.
                        context.RejectPrincipal();
                    }
                },
            };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy("Editors", p => p.RequireRole(Roles.All))
            .AddPolicy("Admins", p => p.RequireRole(Roles.Admin));
        return services;
    }

    private static void Harden(CookieBuilder cookie, string name)
    {
        cookie.Name = name;
        cookie.HttpOnly = true;
        cookie.SameSite = SameSiteMode.Lax;
        cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.Path = "/";
    }
}
