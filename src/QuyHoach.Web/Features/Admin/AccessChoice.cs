namespace QuyHoach.Web.Features.Admin;

/// <summary>
/// The roles and scope an administrator chose for an account, checked: at least one known role, and an
/// organisation that exists. The form posts roles as <c>Roles[code]=true</c> (one checkbox per role).
/// </summary>
public sealed record AccessChoice(IReadOnlyList<string> Roles, Guid OrganisationId)
{
    public static async Task<AccessChoice?> ParseAsync(
        QuyHoachDbContext db,
        IReadOnlyDictionary<string, bool>? roles,
        string? organisationId,
        List<string> errors,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(errors);
        var chosen = (roles ?? new Dictionary<string, bool>()).Where(r => r.Value).Select(r => r.Key).ToList();
        var unknown = chosen.Where(code => AppRoles.All.All(r => r.Code != code)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add($"Vai trò không tồn tại: {string.Join(", ", unknown)}.");
        }
        else if (chosen.Count == 0)
        {
            errors.Add("Hãy chọn ít nhất một vai trò.");
        }

        if (!Guid.TryParse(organisationId, out var organisation))
        {
            errors.Add("Hãy chọn đơn vị (phạm vi) của tài khoản.");
        }
        else if (!await db.Organisations.AnyAsync(o => o.Id == organisation, cancellationToken).ConfigureAwait(false))
        {
            errors.Add("Đơn vị đã chọn không tồn tại.");
        }

        return errors.Count == 0 ? new AccessChoice(chosen.Order(StringComparer.Ordinal).ToList(), organisation) : null;
    }
}
