namespace QuyHoach.Web.Features.Conferences;

/// <summary>REST API of conferences and ballots: <c>/api/v1/rounds/{id}/conferences</c>, <c>/api/v1/conferences</c>,
/// <c>/api/v1/ballots</c>.</summary>
public static class ConferencesEndpoints
{
    public static RouteGroupBuilder MapConferencesEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/rounds/{id:guid}/conferences", async (Guid id, OpenConferenceRequest body, ClaimsPrincipal user, OpenConferenceHandler h, CancellationToken ct) =>
                (await h.HandleAsync(PlanningActor.From(user), id, body, ct)).ToHttp(StatusCodes.Status201Created))
            .WithTags("Hội nghị").WithName("OpenConference").WithSummary("Mở hội nghị của một bước (chốt danh sách triệu tập)");
        var conferences = api.MapGroup("/conferences/{id:guid}").WithTags("Hội nghị");
        conferences.MapGet("/", async (Guid id, ClaimsPrincipal user, GetConferenceHandler h, CancellationToken ct) => (await h.HandleAsync(PlanningActor.From(user), id, ct)).ToHttp())
            .WithName("GetConference").WithSummary("Xem hội nghị: triệu tập, có mặt, số lượng tối thiểu, phiếu");
        conferences.MapPost("/invitees", async (Guid id, InviteesRequest body, ClaimsPrincipal user, InviteesHandler h, CancellationToken ct) => (await h.HandleAsync(PlanningActor.From(user), id, body, ct)).ToHttp())
            .WithName("AddInvitees").WithSummary("Mời thêm thành phần");
        conferences.MapPut("/attendance", async (Guid id, AttendanceRequest body, ClaimsPrincipal user, AttendanceHandler h, CancellationToken ct) => (await h.HandleAsync(PlanningActor.From(user), id, body, ct)).ToHttp())
            .WithName("RecordAttendance").WithSummary("Điểm danh");
        conferences.MapPut("/counting-committee", async (Guid id, CountingCommitteeRequest body, ClaimsPrincipal user, CountingCommitteeHandler h, CancellationToken ct) =>
                (await h.HandleAsync(PlanningActor.From(user), id, body, ct)).ToHttp())
            .WithName("SetCountingCommittee").WithSummary("Lập tổ kiểm phiếu");
        conferences.MapPut("/venue-and-start", async (Guid id, VenueAndStartRequest body, ClaimsPrincipal user, VenueAndStartHandler h, CancellationToken ct) =>
                (await h.HandleAsync(PlanningActor.From(user), id, body, ct)).ToHttp())
            .WithName("SetConferenceVenueAndStart").WithSummary("Ghi địa điểm và giờ bắt đầu hội nghị (giờ dạng hh:mm)");
        conferences.MapPut("/end-time", async (Guid id, ConferenceEndRequest body, ClaimsPrincipal user, ConferenceEndHandler h, CancellationToken ct) =>
                (await h.HandleAsync(PlanningActor.From(user), id, body, ct)).ToHttp())
            .WithName("SetConferenceEndTime").WithSummary("Ghi giờ kết thúc hội nghị (giờ dạng hh:mm; để trống để xóa)");
        var ballots = api.MapGroup("/ballots/{id:guid}").WithTags("Kiểm phiếu");
        ballots.MapPost("/write-ins", async (Guid id, WriteInRequest body, ClaimsPrincipal user, WriteInHandler h, CancellationToken ct) => (await h.HandleAsync(PlanningActor.From(user), id, body, ct)).ToHttp())
            .WithName("AddWriteIn").WithSummary("Ghi thêm tên vào phiếu");
        ballots.MapPost("/tallies", async (Guid id, TallyRequest body, ClaimsPrincipal user, EnterTallyHandler h, CancellationToken ct) => (await h.HandleAsync(PlanningActor.From(user), id, body, ct)).ToHttp())
            .WithName("EnterTally").WithSummary("Nhập biên bản kiểm phiếu (nhập hai lần)");
        ballots.MapGet("/reconciliation", async (Guid id, ClaimsPrincipal user, ResolveMismatchHandler h, CancellationToken ct) => (await h.ViewAsync(PlanningActor.From(user), id, ct)).ToHttp())
            .WithName("GetReconciliation").WithSummary("Đối chiếu hai lần nhập");
        ballots.MapPost("/resolution", async (Guid id, ResolveMismatchRequest body, ClaimsPrincipal user, ResolveMismatchHandler h, CancellationToken ct) =>
                (await h.ResolveAsync(PlanningActor.From(user), id, body, ct)).ToHttp())
            .WithName("ResolveMismatch").WithSummary("Giải quyết chênh lệch (chọn lần nhập đúng, ghi lý do)");
        ballots.MapPost("/results", async (Guid id, ClaimsPrincipal user, ComputeResultsHandler h, CancellationToken ct) => (await h.HandleAsync(PlanningActor.From(user), id, ct)).ToHttp())
            .WithName("ComputeResults").WithSummary("Tính kết quả từ biên bản đã đối chiếu");
        ballots.MapGet("/results", async (Guid id, ClaimsPrincipal user, ResultsQuery h, CancellationToken ct) => (await h.HandleAsync(PlanningActor.From(user), id, ct)).ToHttp())
            .WithName("GetResults").WithSummary("Xem kết quả (niêm phong nếu bước không công bố)");
        ballots.MapPost("/correction", async (Guid id, TallyRequest body, ClaimsPrincipal user, CorrectTallyHandler h, CancellationToken ct) => (await h.HandleAsync(PlanningActor.From(user), id, body, ct)).ToHttp())
            .WithName("CorrectTally").WithSummary("Sửa biên bản sau khi đã tính kết quả (ghi lý do)");
        ballots.MapPost("/head-decision", async (Guid id, HeadDecisionRequest body, ClaimsPrincipal user, HeadDecisionHandler h, CancellationToken ct) =>
                (await h.HandleAsync(PlanningActor.From(user), id, body, ct)).ToHttp())
            .WithName("RecordHeadDecision").WithSummary("Ghi nhận quyết định của người đứng đầu khi bằng phiếu");
        return api;
    }
}
