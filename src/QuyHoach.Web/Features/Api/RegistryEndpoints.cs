using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using QuyHoach.Web.Features.Bodies;
using QuyHoach.Web.Features.Registry;

namespace QuyHoach.Web.Features.Api;

/// <summary>
/// <c>/api/v1</c>: the registry over JSON. The same handlers as the pages, the same scope: a cadre or body outside
/// it is a 404, exactly like one that does not exist.
/// </summary>
public static class RegistryEndpoints
{
    public static IEndpointRouteBuilder MapRegistryEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(RegistryPolicies.Read).WithTags("Sổ cán bộ");
        api.MapGet("/antiforgery", (HttpContext context, IAntiforgery antiforgery) =>
            {
                var tokens = antiforgery.GetAndStoreTokens(context);
                return TypedResults.Ok(new AntiforgeryToken(tokens.RequestToken!, tokens.HeaderName!));
            })
            .WithName("GetAntiforgeryToken").WithSummary("Lấy mã chống giả mạo yêu cầu để gửi kèm POST/PUT");
        api.MapGet("/cadres", ListCadresAsync).WithName("ListCadres").WithSummary("Danh sách cán bộ trong phạm vi, có tìm kiếm, lọc và phân trang");
        api.MapGet("/cadres/{id:guid}", GetCadreAsync).WithName("GetCadre").WithSummary("Lý lịch cán bộ kèm kết quả sàng lọc điều kiện quy hoạch");
        var writes = api.MapGroup("").RequireAuthorization(RegistryPolicies.Write).RequireAntiforgeryCheck();
        writes.MapPost("/cadres", CreateCadreAsync).Accepts<CadreInput>("application/json")
            .WithName("CreateCadre").WithSummary("Thêm cán bộ");
        writes.MapPut("/cadres/{id:guid}", UpdateCadreAsync).Accepts<CadreInput>("application/json")
            .WithName("UpdateCadre").WithSummary("Sửa thông tin cán bộ (gửi kèm \"version\" đã đọc; bản ghi đã bị người khác sửa thì trả 409)");
        api.MapGet("/titles", async (HttpContext context, TitlesHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(await AccessOf(context, ct), ct)))
            .WithName("ListTitles").WithSummary("Chức danh dùng được trong phạm vi, với tiêu chuẩn và đối tượng quy hoạch");
        api.MapGet("/organisations", async (HttpContext context, OrganisationTreeHandler handler, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(await AccessOf(context, ct), VietnamTime.Today(clock), ct)))
            .WithName("ListOrganisations").WithSummary("Cây tổ chức trong phạm vi, với chức danh và tập thể");
        api.MapGet("/bodies/{id:guid}", GetBodyAsync).WithName("GetBody").WithSummary("Tập thể và thành viên hiện tại");
        BodiesEndpoints.MapBodiesEndpoints(api, writes);
        return app;
    }

    private static async Task<Results<Ok<CadreListPage>, ValidationProblem>> ListCadresAsync(
        HttpContext context, CadreListHandler handler, TimeProvider clock, CancellationToken ct,
        [FromQuery] string? q = null, [FromQuery] string? organisationId = null, [FromQuery] string? titleId = null,
        [FromQuery] string? sex = null, [FromQuery] string? ageBand = null, [FromQuery] string? politicalTheory = null,
        [FromQuery] string? rating = null, [FromQuery] string? page = null, [FromQuery] string? missingPersonalIdNumber = null)
    {
        var access = await AccessOf(context, ct);
        var (query, errors) = new CadreListFilter(q, organisationId, titleId, sex, ageBand, politicalTheory, rating, page, missingPersonalIdNumber).Parse();
        if (query.OrganisationId is { } unit && !access.Sees(unit))
        {
            errors["organisationId"] = ["Đơn vị không thuộc phạm vi của bạn."];
        }

        return errors.Count > 0
            ? ApiProblems.Invalid(errors)
            : TypedResults.Ok(await handler.HandleAsync(access, query, VietnamTime.Today(clock), ct));
    }

    private static async Task<Results<Ok<CadreProfile>, ProblemHttpResult>> GetCadreAsync(
        Guid id, HttpContext context, CadreProfileHandler handler, TimeProvider clock, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        if (ScreeningQuery.Parse(context.Request.Query["thang"], context.Request.Query["bo-quy-tac"], today, await handler.RuleSetsAsync(ct), out var error) is not { } screening)
        {
            return ApiProblems.BadRequest("Dữ liệu không hợp lệ", error!);
        }

        var profile = await handler.HandleAsync(await AccessOf(context, ct), id, today, screening, ct);
        return profile is null ? ApiProblems.NotFound("Không tìm thấy cán bộ trong phạm vi của bạn.") : TypedResults.Ok(profile);
    }

    private static async Task<Results<Created<CadreProfile>, ValidationProblem, ProblemHttpResult>> CreateCadreAsync(
        HttpContext context, CreateCadreHandler handler, CadreProfileHandler profiles, TimeProvider clock, CancellationToken ct)
    {
        if (await ReadInputAsync(context, ct) is not { } input)
        {
            return ApiProblems.BadRequest("Dữ liệu không hợp lệ", "Nội dung yêu cầu phải là một đối tượng JSON với các trường của cán bộ.");
        }

        var access = await AccessOf(context, ct);
        var result = await handler.HandleAsync(access, input, ct);
        return result switch
        {
            { Status: CadreCommandStatus.Saved, Id: { } id } =>
                TypedResults.Created($"/api/v1/cadres/{id}", await profiles.HandleAsync(access, id, VietnamTime.Today(clock), ct)),
            { Status: CadreCommandStatus.Invalid } => ApiProblems.Invalid(result.Errors),
            _ => ApiProblems.Forbidden(),
        };
    }

    private static async Task<Results<Ok<CadreProfile>, ValidationProblem, ProblemHttpResult>> UpdateCadreAsync(
        Guid id, HttpContext context, UpdateCadreHandler handler, CadreProfileHandler profiles, TimeProvider clock, CancellationToken ct)
    {
        if (await ReadInputAsync(context, ct) is not { } input)
        {
            return ApiProblems.BadRequest("Dữ liệu không hợp lệ", "Nội dung yêu cầu phải là một đối tượng JSON với các trường của cán bộ.");
        }

        var access = await AccessOf(context, ct);
        var result = await handler.HandleAsync(access, id, input, ct);
        return result.Status switch
        {
            CadreCommandStatus.Saved => TypedResults.Ok((await profiles.HandleAsync(access, id, VietnamTime.Today(clock), ct))!),
            CadreCommandStatus.Invalid => ApiProblems.Invalid(result.Errors),
            CadreCommandStatus.NotFound or CadreCommandStatus.Forbidden => ApiProblems.NotFound("Không tìm thấy cán bộ trong phạm vi của bạn."),
            CadreCommandStatus.Stale => ApiProblems.Stale(),
        };
    }

    private static async Task<Results<Ok<BodyView>, ProblemHttpResult>> GetBodyAsync(
        Guid id, HttpContext context, BodyHandler handler, TimeProvider clock, CancellationToken ct)
    {
        var body = await handler.HandleAsync(await AccessOf(context, ct), id, VietnamTime.Today(clock), ct);
        return body is null ? ApiProblems.NotFound("Không tìm thấy tập thể trong phạm vi của bạn.") : TypedResults.Ok(body);
    }

    private static Task<UserAccess> AccessOf(HttpContext context, CancellationToken ct) =>
        context.RequestServices.GetRequiredService<AccessResolver>().ForAsync(context.User, ct);

    /// <summary>The JSON body, or null when it is missing or not a cadre object (answered in Vietnamese, not by the
    /// framework's English binding error).</summary>
    private static async Task<CadreInput?> ReadInputAsync(HttpContext context, CancellationToken ct)
    {
        if (!context.Request.HasJsonContentType())
        {
            return null;
        }

        try
        {
            return await context.Request.ReadFromJsonAsync<CadreInput>(ct);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>The antiforgery token and the header to send it in.</summary>
public sealed record AntiforgeryToken(string Token, string HeaderName);
