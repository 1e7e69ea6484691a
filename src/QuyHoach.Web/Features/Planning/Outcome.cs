using QuyHoach.Domain.Voting;

namespace QuyHoach.Web.Features.Planning;

/// <summary>Từ chối: why a command or query was refused, in Vietnamese, with the HTTP status the API answers.</summary>
/// <param name="Status">400 bad input, 403 not allowed, 404 not found (or out of scope), 409 not now.</param>
/// <param name="Title">Short Vietnamese title.</param>
/// <param name="Detail">The Vietnamese explanation.</param>
/// <param name="Problems">Every problem found, when there are several (e.g. a tally).</param>
public sealed record Refusal(int Status, string Title, string Detail, IReadOnlyList<VoteProblem>? Problems = null)
{
    /// <summary>Where the user can put things right (e.g. the members page of an empty body); pages show it as a link.</summary>
    public RefusalLink? Link { get; init; }

    public static Refusal BadInput(string detail, IReadOnlyList<VoteProblem>? problems = null) => new(StatusCodes.Status400BadRequest, "Dữ liệu không hợp lệ", detail, problems);

    public static Refusal Forbidden(string detail) => new(StatusCodes.Status403Forbidden, "Không có quyền", detail);

    public static Refusal NotFound(string detail) => new(StatusCodes.Status404NotFound, "Không tìm thấy", detail);

    public static Refusal Conflict(string detail, IReadOnlyList<VoteProblem>? problems = null) => new(StatusCodes.Status409Conflict, "Không thực hiện được", detail, problems);
}

/// <summary>A page that fixes what a refusal is about, with the Vietnamese text of its link.</summary>
public sealed record RefusalLink(string Href, string Text);

/// <summary>The value of a handler, or its refusal; refusals are values, never exceptions.</summary>
/// <typeparam name="T">The value.</typeparam>
public sealed record Outcome<T>(T? Value, Refusal? Refusal)
{
    public bool Refused => Refusal is not null;

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(Refusal refusal) => new(default, refusal);
}

/// <summary>Turns handler outcomes into HTTP answers: the value as JSON, a refusal as ProblemDetails.</summary>
public static class OutcomeResults
{
    public static IResult ToHttp<T>(this Outcome<T> outcome, int successStatus = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Refusal is { } refusal)
        {
            var extensions = refusal.Problems is { Count: > 0 } problems
                ? new Dictionary<string, object?> { ["problems"] = problems.Select(p => new { code = p.Code, message = p.Message }).ToArray() }
                : null;
            return Results.Problem(detail: refusal.Detail, statusCode: refusal.Status, title: refusal.Title, extensions: extensions);
        }

        return successStatus == StatusCodes.Status201Created ? Results.Json(outcome.Value, statusCode: 201) : Results.Ok(outcome.Value);
    }
}
