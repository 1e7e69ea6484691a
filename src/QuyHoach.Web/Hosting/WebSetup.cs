using System.Text.Encodings.Web;
using System.Text.Unicode;
using QuyHoach.Web.Components;
using QuyHoach.Web.Components.Layout;
using QuyHoach.Web.Features.Account;
using QuyHoach.Web.Features.Api;
using QuyHoach.Web.Features.Bodies;
using QuyHoach.Web.Features.Conferences;
using QuyHoach.Web.Features.Counting;
using QuyHoach.Web.Features.Development;
using QuyHoach.Web.Features.Errors;
using QuyHoach.Web.Features.Exchange;
using QuyHoach.Web.Features.Import;
using QuyHoach.Web.Features.Outputs;
using QuyHoach.Web.Features.Plans;
using QuyHoach.Web.Features.Registry;
using QuyHoach.Web.Features.Reports;
using QuyHoach.Web.Features.Rounds;
using QuyHoach.Web.Features.Security;

namespace QuyHoach.Web.Hosting;

/// <summary>Blazor static SSR pages, the endpoints, error pages and the middleware order.</summary>
public static class WebSetup
{
    public static WebApplicationBuilder AddQuyHoachWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddRazorComponents();

        // Vietnamese letters are written as themselves, not as &#x…; entities (smaller pages, readable source).
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ApiProblemTexts.Apply);
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.AddInputCleaning();
        builder.Services.AddQuyHoachCompression();
        builder.Services.AddForwardedProxies(builder.Configuration);
        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddScoped<Features.Dashboard.DashboardHandler>().AddScoped<Features.Dashboard.DashboardTasksHandler>();
        builder.Services.AddScoped<Features.Admin.AccountsHandler>();
        builder.Services.AddScoped<Features.Admin.CreateAccountHandler>();
        builder.Services.AddScoped<Features.Admin.EditAccountHandler>();
        builder.Services.AddScoped<Features.Admin.EditAccessHandler>();
        builder.Services.AddScoped<Features.Admin.AccountStatusHandler>();
        builder.Services.AddScoped<Features.Admin.SystemHealthHandler>();
        builder.Services.AddScoped<Features.Organisations.UnitEventHandler>();
        builder.Services.AddScoped<Features.Account.SignInHandler>();
        builder.Services.AddScoped<Features.Security.TwoFactorSetupHandler>();
        builder.Services.AddScoped<Features.Account.PasswordChangeHandler>();
        builder.Services.AddScoped<Features.Admin.PasswordResetHandler>();
        builder.Services.AddScoped<Features.Admin.RuleSets.RuleSetUploadHandler>()
            .AddScoped<Features.Admin.RuleSets.RuleSetActivateHandler>()
            .AddScoped<Features.Admin.RuleSets.RuleSetVersionsQuery>();
        builder.Services.AddRegistryImport();
        builder.Services.AddNationalExchange();
        builder.Services.AddRegistryFeatures();
        builder.Services.AddRegistryApi();
        builder.Services.AddBodies();
        builder.Services.AddRounds().AddConferences().AddCounting().AddOutputs().AddPlans().AddReports().AddDevelopment();
        return builder;
    }

    public static WebApplication UseQuyHoachWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // First: the scheme and address the proxy saw decide Secure cookies, HSTS and the client's address.
        app.NoteProxiedRequests();
        app.UseForwardedHeaders();
        app.UseResponseCompression();
        app.UseSecurityHeaders();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/loi",
            CreateScopeForErrors = true,
            StatusCodeSelector = ApiExceptionHandler.StatusFor,
        });
        app.UseStatusPages();
        app.UseInputCleaning();
        app.UseAuthentication();
        app.UseRequestLog();
        app.UseSignInLimits().UseAccountGates();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRefusedFormsAnswer();
        app.MapStaticAssets();
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapQuyHoachMetrics();
        app.MapAccountEndpoints();
        app.MapPrintStamp();
        app.MapImportEndpoints();
        app.MapCountingForms();
        app.MapImportApi();
        app.MapExchangeEndpoints();
        app.MapExchangeApi();
        app.MapRegistryExports();
        app.MapQuyHoachApi();
        app.MapPlanningApi();
        app.MapRazorComponents<App>();
        return app;
    }
}
