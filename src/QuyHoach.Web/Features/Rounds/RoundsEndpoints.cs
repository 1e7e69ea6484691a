using Microsoft.AspNetCore.Mvc;

namespace QuyHoach.Web.Features.Rounds;

/// <summary>REST API of planning rounds: <c>/api/v1/rounds</c>.</summary>
public static class RoundsEndpoints
{
    public static RouteGroupBuilder MapRoundsEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var rounds = api.MapGroup("/rounds").WithTags("Đợt quy hoạch");
        rounds.MapGet("/", async (ClaimsPrincipal user, GetRoundHandler h, CancellationToken ct) => Results.Ok(await h.ListAsync(PlanningActor.From(user), ct)))
            .WithName("ListRounds").WithSummary("Danh sách đợt quy hoạch trong phạm vi");
        rounds.MapPost("/", async (CreateRoundRequest body, [FromHeader(Name = "Idempotency-Key")] string? key, ClaimsPrincipal user, CreateRoundHandler h, CancellationToken ct) =>
                (await h.HandleAsync(PlanningActor.From(user), body with { RequestKey = body.RequestKey ?? key }, ct)).ToHttp(StatusCodes.Status201Created))
            .WithName("CreateRound").WithSummary("Mở đợt quy hoạch (các bước theo mẫu); gửi lại cùng khóa Idempotency-Key trả về đợt đã tạo");
        rounds.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, GetRoundHandler h, CancellationToken ct) => (await h.HandleAsync(PlanningActor.From(user), id, ct)).ToHttp())
            .WithName("GetRound").WithSummary("Xem đợt quy hoạch và các bước");
        rounds.MapPut("/{id:guid}/steps/{number:int}", async (Guid id, int number, EditStepRequest body, ClaimsPrincipal user, EditStepHandler h, CancellationToken ct) =>
                (await h.HandleAsync(PlanningActor.From(user), id, number, body, ct)).ToHttp())
            .WithName("EditRoundStep").WithSummary("Sửa một bước (trước khi đợt bắt đầu)");
        rounds.MapGet("/{id:guid}/source-list", async (Guid id, ClaimsPrincipal user, SourceListQuery h, CancellationToken ct) => (await h.HandleAsync(PlanningActor.From(user), id, ct)).ToHttp())
            .WithName("GetSourceList").WithSummary("Danh sách nguồn và cán bộ đang trong quy hoạch");
        rounds.MapPost("/{id:guid}/source-list", async (Guid id, AddCandidatesRequest body, ClaimsPrincipal user, SourceListHandler h, CancellationToken ct) =>
                (await h.AddCandidatesAsync(PlanningActor.From(user), id, body, ct)).ToHttp())
            .WithName("AddCandidates").WithSummary("Bổ sung nguồn nhân sự (kèm kết quả xét điều kiện)");
        rounds.MapPost("/{id:guid}/external-sources", async (Guid id, ExternalCandidateInput body, ClaimsPrincipal user, ExternalCandidateHandler h, CancellationToken ct) =>
                (await h.AddAsync(PlanningActor.From(user), id, body, ct)).ToHttp())
            .WithName("AddExternalSource").WithSummary("Bổ sung nguồn từ nơi khác (kèm kết quả xét điều kiện)");
        rounds.MapPost("/{id:guid}/plan-members", async (Guid id, ReviewPlanMembersRequest body, ClaimsPrincipal user, PlanMembersHandler h, CancellationToken ct) =>
                (await h.HandleAsync(PlanningActor.From(user), id, body, ct)).ToHttp())
            .WithName("ReviewPlanMembers").WithSummary("Rà soát cán bộ đang trong quy hoạch");
        rounds.MapPost("/{id:guid}/close", async (Guid id, ClaimsPrincipal user, CloseRoundHandler h, CancellationToken ct) => (await h.HandleAsync(PlanningActor.From(user), id, ct)).ToHttp())
            .WithName("CloseRound").WithSummary("Kết thúc đợt quy hoạch");
        rounds.MapPost("/{id:guid}/cancel", async (Guid id, CancelRoundRequest body, ClaimsPrincipal user, CancelRoundHandler h, CancellationToken ct) =>
                (await h.HandleAsync(PlanningActor.From(user), id, body, ct)).ToHttp())
            .WithName("CancelRound").WithSummary("Hủy đợt quy hoạch (đang chuẩn bị hoặc đang tiến hành), ghi lý do; gửi lại lần nữa không hủy lại");
        return api;
    }
}
