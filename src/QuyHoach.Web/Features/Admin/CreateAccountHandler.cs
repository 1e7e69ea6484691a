using System.ComponentModel.DataAnnotations;
using QuyHoach.Web.Features.Account;

namespace QuyHoach.Web.Features.Admin;

/// <summary>The create-account form.</summary>
public sealed class CreateAccountInput
{
    [Required(ErrorMessage = "Hãy nhập tên đăng nhập.")]
    [MaxLength(256, ErrorMessage = "Tên đăng nhập dài quá 256 ký tự.")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Hãy nhập họ và tên.")]
    [MaxLength(200, ErrorMessage = "Họ và tên dài quá 200 ký tự.")]
    public string FullName { get; set; } = "";

    /// <summary>Ticked roles by code; null when no box was ticked (the form binder posts nothing then).</summary>
    public Dictionary<string, bool>? Roles { get; set; }

    public string? OrganisationId { get; set; }

    [Required(ErrorMessage = "Hãy nhập mật khẩu ban đầu.")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Hãy nhập lại mật khẩu.")]
    public string ConfirmPassword { get; set; } = "";
}

/// <summary>Creates an account with its roles and scope, and records <c>account.created</c> in the same transaction.</summary>
public sealed class CreateAccountHandler(QuyHoachDbContext db, UserManager<AppUser> users)
{
    public async Task<(AdminResult Result, Guid? AccountId)> HandleAsync(CreateAccountInput input, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<string>();
        var access = await AccessChoice.ParseAsync(db, input.Roles, input.OrganisationId, errors, cancellationToken).ConfigureAwait(false);
        // A person's name holds letters, spaces and the usual punctuation of names, never markup (the registry's rule).
        if (input.FullName.Trim().Length > 0 && QuyHoach.Documents.Registry.Parsing.TextSafety.PersonNameProblem(input.FullName.Trim()) is { } nameProblem)
        {
            errors.Add(nameProblem + ".");
        }

        if (input.Password != input.ConfirmPassword)
        {
            errors.Add("Hai lần nhập mật khẩu không khớp.");
        }

        if (access is null || errors.Count > 0)
        {
            return (new AdminResult(errors), null);
        }

        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = input.UserName.Trim(),
            FullName = input.FullName.Trim(),
            OrganisationId = access.OrganisationId,
            LockoutEnabled = true,
        };
        var written = await AuditTrail.RecordAsync(db, async _ =>
        {
            var result = await users.CreateAsync(user, input.Password).ConfigureAwait(false);
            if (result.Succeeded)
            {
                result = await users.AddToRolesAsync(user, access.Roles).ConfigureAwait(false);
            }

            if (!result.Succeeded)
            {
                errors.AddRange(result.Errors.Select(e => e.Description));
                return [];
            }

            var after = await AccountSnapshot.TakeAsync(db, users, user).ConfigureAwait(false);
            return [AuditEvent.Create(actor, AuditAction.AccountCreated, AccountAudit.EntityType, user.Id.ToString(), user.OrganisationId, after: after)];
        }, cancellationToken).ConfigureAwait(false);

        return written.Count > 0 ? (AdminResult.Ok, user.Id) : (new AdminResult(errors), null);
    }
}
