using Microsoft.AspNetCore.Components;
using QuyHoach.Web.Features.Account;

namespace QuyHoach.Web.Features.Admin;

/// <summary>
/// One account: roles and scope, unlock, disable (after "Tôi xác nhận"), enable and a temporary password. Each form posts to this page;
/// success redirects with a confirmation code, a refusal re-renders with the reasons and changes nothing.
/// </summary>
public sealed partial class EditAccount
{
    private AccountDetails? _details;
    private IReadOnlyList<OrganisationOption> _organisations = [];
    private IReadOnlyList<string> _errors = [];

    [Parameter]
    public Guid Id { get; set; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "thong-bao")]
    private string? Message { get; set; }

    [SupplyParameterFromForm(FormName = "vai-tro")]
    private AccessInput? Access { get; set; }

    /// <summary>The account's version posted by the unlock, disable and enable forms (AccountVersion).</summary>
    [SupplyParameterFromForm]
    private string? Version { get; set; }

    [SupplyParameterFromForm(FormName = "tat-dang-nhap")]
    private bool Confirmed { get; set; }

    [SupplyParameterFromForm(FormName = "dat-lai-mat-khau")]
    private string? TemporaryPassword { get; set; }

    [SupplyParameterFromForm(FormName = "dat-lai-mat-khau")]
    private string? ConfirmTemporaryPassword { get; set; }

    private string Status => _details!.Account.SignInDisabled ? "Đã tắt đăng nhập" : _details.TemporarilyLocked ? "Đang tạm khóa" : "Hoạt động";

    /// <summary>After a refused save, the form keeps what the administrator chose rather than the stored values.</summary>
    private IReadOnlyDictionary<string, bool> RolesShown =>
        _errors.Count > 0 && Access is not null ? Access.Roles ?? [] : _details!.Account.Roles.ToDictionary(r => r, _ => true);

    private string? OrganisationShown =>
        _errors.Count > 0 && Access is not null ? Access.OrganisationId : _details!.Account.OrganisationId?.ToString();

    /// <summary>
    /// The version the forms carry: the one read with the page, and after a refusal the one that was posted, so that a
    /// stale form stays stale until the administrator reloads and sees the other change.
    /// </summary>
    private string? VersionShown => _errors.Count > 0 && (Access?.Version ?? Version) is { } posted ? posted : _details!.Version;

    protected override async Task OnInitializedAsync()
    {
        _organisations = await Accounts.OrganisationsAsync(CancellationToken.None);
        await LoadAsync();
    }

    private async Task LoadAsync() => _details = await Loader.HandleAsync(Id, CancellationToken.None);

    private Task SaveAccessAsync() =>
        Finish(AccessHandler.HandleAsync(Id, Access ?? new AccessInput(), UserClaims.Actor(HttpContext.User), CancellationToken.None), AdminMessages.AccessSaved);

    private Task UnlockAsync() =>
        Finish(StatusHandler.UnlockAsync(Id, Version, UserClaims.Actor(HttpContext.User), CancellationToken.None), AdminMessages.Unlocked);

    private Task DisableAsync() =>
        Finish(StatusHandler.DisableAsync(Id, Version, Confirmed, UserClaims.Actor(HttpContext.User), CancellationToken.None), AdminMessages.Disabled);

    private Task EnableAsync() =>
        Finish(StatusHandler.EnableAsync(Id, Version, UserClaims.Actor(HttpContext.User), CancellationToken.None), AdminMessages.Enabled);

    private Task ResetPasswordAsync() =>
        Finish(ResetHandler.ResetAsync(Id, TemporaryPassword ?? "", ConfirmTemporaryPassword ?? "", UserClaims.Actor(HttpContext.User), CancellationToken.None), AdminMessages.PasswordReset);

    private async Task Finish(Task<AdminResult> change, string message)
    {
        var result = await change;
        if (result.Succeeded)
        {
            Navigation.NavigateTo($"/quan-tri/tai-khoan/{Id}?thong-bao={message}");
            return;
        }

        _errors = result.Errors;
        if (result.IsStale)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status409Conflict;
        }

        await LoadAsync();
    }

    private static string Vietnam(DateTimeOffset? moment) => moment is { } value
        ? value.ToOffset(VietnamTime.Offset).ToString("dd/MM/yyyy HH:mm", CultureInfo.GetCultureInfo("vi-VN"))
        : "—";
}
