using QuyHoach.Web.Features.Account;
using QuyHoach.Web.Features.Api;
using QuyHoach.Web.Features.Errors;
using QuyHoach.Web.Features.Security;

namespace QuyHoach.Web.Hosting;

/// <summary>Sign-in with ASP.NET Core Identity: password policy, lockout, cookie, role policies.</summary>
public static class AuthSetup
{
    public static WebApplicationBuilder AddQuyHoachAuth(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services
            .AddIdentity<AppUser, AppRole>(options =>
            {
                options.Password.RequiredLength = PasswordPolicy.MinimumLength;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = SignInLockout.MaxFailedAttempts;
                options.Lockout.DefaultLockoutTimeSpan = SignInLockout.Duration;
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<QuyHoachDbContext>()
            .AddUserStore<AppUserStore>()
            .AddPasswordValidator<PasswordPolicy>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<VietnameseIdentityErrors>()
            .AddClaimsPrincipalFactory<AppClaimsFactory>();

        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/dang-nhap";
            options.LogoutPath = "/dang-xuat";
            options.AccessDeniedPath = "/khong-co-quyen";
            options.Cookie.Name = "qh.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;

            // The API answers 401/403 with a problem body; a page redirects to the sign-in page, and a forbidden page
            // answers 403 in place with the one Vietnamese refusal (StatusPages renders it), not a redirect to a 200.
            options.Events.OnRedirectToLogin = context => ApiProblems.RedirectOrRefuseAsync(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ForbiddenPage.AnswerOrRefuseAsync(context);

            // The account is checked on every request, in one statement (docs/security.md): sign-out, a password change
            // or reset, a disabled account end every open session of the account at once, including a copied cookie;
            // roles, unit, two-factor and the temporary-password flag reach the cookie at the same check. It replaces
            // Identity's SecurityStampValidator (every 30 minutes by default; every request here cost 5+ statements).
            options.Events.OnValidatePrincipal = AccountCheck.ValidatePrincipalAsync;
        });
        builder.Services.AddSingleton<TwoFactorSecrets>();
        builder.Services.AddHostedService<TwoFactorSecretsUpgrade>();
        builder.Services.AddSignInLimits(builder.Configuration);
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "qh.af";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // The key ring is in the database, encrypted with a certificate of the data folder's keys/, which is the
        // owner's alone, like the cluster's password files (docs/security.md).
        MakeOwnerOnly(new DirectoryInfo(KeyRingCertificate.KeysFolder(builder.Configuration)));
        builder.Services.AddQuyHoachDataProtection(builder.Configuration);
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    /// <summary>Creates the folder readable by its owner only (0700), also when an earlier version made it 0755. A
    /// folder that cannot be made is left alone here: the startup checks name it in one Vietnamese line.</summary>
    private static void MakeOwnerOnly(DirectoryInfo folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        try
        {
            folder.Create();
            File.SetUnixFileMode(folder.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Reported by StartupGuard with the remedy.
        }
    }
}
