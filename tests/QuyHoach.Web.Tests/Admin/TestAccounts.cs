using System.Net;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Tests.Shell;

namespace QuyHoach.Web.Tests.Admin;

/// <summary>Accounts a test makes for itself through the administrator's form, so tests never share state.</summary>
internal static class TestAccounts
{
    public const string Password = "MatKhau2026x";
    public static string Department => QuyHoachAppFactory.DemoDepartmentName;

    /// <summary>Creates <paramref name="userName"/> with <paramref name="role"/> and returns its id.</summary>
    public static async Task<Guid> CreateAsync(QuyHoachAppFactory app, string userName, string role)
    {
        var admin = await app.SignInAsAsync(AppRoles.Admin);
        var department = await PageForms.OptionValueAsync(admin, "/quan-tri/tai-khoan/moi", Department);
        var response = await PageForms.SubmitAsync(admin, "/quan-tri/tai-khoan/moi", "#form-tao-tai-khoan",
            ("Input.UserName", userName), ("Input.FullName", "Người dùng " + new string(userName.Where(char.IsLetter).ToArray())), ($"Input.Roles[{role}]", "true"),
            ("Input.OrganisationId", department), ("Input.Password", Password), ("Input.ConfirmPassword", Password));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException("Could not create " + userName + ": " + await PageForms.BodyAsync(response));
        }

        var location = response.Headers.Location!;
        var path = location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
        return Guid.Parse(path.Split('/')[^1]);
    }

    /// <summary>A client signed in through the form with <paramref name="userName"/> and the test password.</summary>
    public static async Task<HttpClient> SignInAsync(QuyHoachAppFactory app, string userName)
    {
        var client = app.CreateAnonymousClient();
        var response = await QuyHoachAppFactory.PostSignInAsync(client, userName, Password);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location!.OriginalString.Contains("xac-thuc", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Could not sign in " + userName + ": " + await PageForms.BodyAsync(response));
        }

        return client;
    }
}
