using QuyHoach.Documents.Exports;

namespace QuyHoach.Web.Features.Registry;

/// <summary>
/// Excel exports of the filtered cadre list and of the titles in scope. Personnel data leaving the system is a
/// legally significant read: each export is in the audit log with what was exported.
/// </summary>
public static class ExportEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapRegistryExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/can-bo/xuat-excel", async (
            string? q, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "don-vi")] string? unit, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "chuc-danh")] string? title,
            [Microsoft.AspNetCore.Mvc.FromQuery(Name = "gioi-tinh")] string? sex, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "tuoi")] string? age,
            string? llct, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "xep-loai")] string? rating,
            [Microsoft.AspNetCore.Mvc.FromQuery(Name = "thieu-so-dinh-danh")] string? missing,
            HttpContext context, AccessResolver resolver, CadreListHandler handler, QuyHoachDbContext db, TimeProvider clock) =>
        {
            var access = await resolver.ForAsync(context.User, context.RequestAborted).ConfigureAwait(false);
            var (query, errors) = new CadreListFilter(q, unit, title, sex, age, llct, rating, null, missing).Parse();
            if (errors.Count > 0 || (query.OrganisationId is { } root && !access.Sees(root)))
            {
                return Results.LocalRedirect("/can-bo");
            }

            var rows = await handler.ExportAsync(access, query, VietnamTime.Today(clock), context.RequestAborted).ConfigureAwait(false);
            AuditTrail.Record(db, AuditEvent.Create(access.Actor, AuditAction.RegistryExported, "cadre-list", null, access.RootId,
                after: new { rows = rows.Count, search = q, unit, title, sex, age, llct, rating }));
            await db.SaveChangesAsync(context.RequestAborted).ConfigureAwait(false);
            using var stream = new MemoryStream();
            CadreListExport.Write(stream, rows);
            return Results.File(stream.ToArray(), Xlsx, $"danh-sach-can-bo-{VietnamTime.Today(clock):yyyyMMdd}.xlsx");
        })
        .RequireAuthorization(RegistryPolicies.Read).WithName("ExportCadres").WithSummary("Xuất Excel danh sách cán bộ đã lọc");

        app.MapGet("/to-chuc/chuc-danh/xuat-excel", async (HttpContext context, AccessResolver resolver, TitlesHandler handler, QuyHoachDbContext db, TimeProvider clock) =>
        {
            var access = await resolver.ForAsync(context.User, context.RequestAborted).ConfigureAwait(false);
            var titles = await handler.HandleAsync(access, context.RequestAborted).ConfigureAwait(false);
            var units = db.Organisations.Where(o => access.OrganisationIds.Contains(o.Id)).ToDictionary(o => o.Id, o => o.Name);
            var rows = titles.Select(t => new TitleListRow(
                t.Code, t.Name, units.GetValueOrDefault(t.OrganisationId), t.Rank, t.Level, t.IsKeyLeadership, t.RegulatedSeats,
                string.Join("; ", t.SourceGroups.Select(g => $"Đối tượng {g.Number}: {string.Join(", ", g.SourceTitles)}{(g.MinimumMonths is { } m ? $" (≥ {m} tháng)" : "")}")),
                string.Join("; ", new[] { t.Standards.PoliticalTheory, t.Standards.Professional, t.Standards.StateManagement }.Where(x => !string.IsNullOrEmpty(x)))))
                .ToList();
            AuditTrail.Record(db, AuditEvent.Create(access.Actor, AuditAction.RegistryExported, "title-list", null, access.RootId, after: new { rows = rows.Count }));
            await db.SaveChangesAsync(context.RequestAborted).ConfigureAwait(false);
            using var stream = new MemoryStream();
            TitleListExport.Write(stream, rows);
            return Results.File(stream.ToArray(), Xlsx, "danh-muc-chuc-danh.xlsx");
        })
        .RequireAuthorization(RegistryPolicies.Read).WithName("ExportTitles").WithSummary("Xuất Excel danh mục chức danh");
        return app;
    }
}
