namespace QuyHoach.Web.Features.Plans;

/// <summary>The checks every decision shares: all fields present, not signed in the future, a number not yet used by the authority.</summary>
internal static class DecisionFieldsCheck
{
    public static async Task<Refusal?> CheckAsync(QuyHoachDbContext db, DecisionFields? fields, Guid authorityId, DateOnly today, CancellationToken cancellationToken)
    {
        if (fields is null || string.IsNullOrWhiteSpace(fields.Number) || fields.SignedOn is null
            || string.IsNullOrWhiteSpace(fields.SignerName) || string.IsNullOrWhiteSpace(fields.SignerPosition))
        {
            return Refusal.BadInput("Hãy nhập đủ số quyết định, ngày ký (dd/MM/yyyy), người ký và chức vụ người ký.");
        }

        if (fields.Number.Trim().Length > 50 || fields.SignerName.Trim().Length > 200 || fields.SignerPosition.Trim().Length > 300)
        {
            return Refusal.BadInput("Số quyết định (tối đa 50 ký tự), người ký (200) hoặc chức vụ (300) quá dài.");
        }

        if (fields.SignedOn > today)
        {
            return Refusal.BadInput($"Ngày ký ({fields.SignedOn:dd/MM/yyyy}) không được sau ngày hôm nay.");
        }

        var number = fields.Number.Trim();
        if (await db.PlanDecisions.AnyAsync(d => d.ManagementAuthorityId == authorityId && d.Number == number, cancellationToken).ConfigureAwait(false))
        {
            return Refusal.Conflict($"Số quyết định \"{number}\" đã được dùng cho một quyết định khác của cấp có thẩm quyền này.");
        }

        return null;
    }
}
