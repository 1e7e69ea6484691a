namespace QuyHoach.Web.Features.Conferences;

/// <summary>
/// Danh sách triệu tập: the members of the step's bodies sitting on the conference date (memberships are dated), each
/// person once; the head of the presiding body is marked (R-TIE-1). Invitees are added afterwards.
/// </summary>
public static class ConvenedList
{
    public static async Task<List<ConvenedMember>> SnapshotAsync(QuyHoachDbContext db, Guid conferenceId, RoundStep step, DateOnly heldOn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(step);
        var bodyIds = step.ExtraBodies.Select(b => b.BodyId).Prepend(step.BodyId!.Value).ToList();
        var seats = await (
            from m in db.Set<Data.Registry.BodyMembership>()
            join c in db.Cadres on m.CadreId equals c.Id
            where bodyIds.Contains(m.BodyId) && m.From <= heldOn && (m.To == null || m.To >= heldOn)
            orderby c.Code
            select new { m.BodyId, m.CadreId, m.Position, m.IsHead, c.FullName }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var members = new List<ConvenedMember>();
        foreach (var group in seats.GroupBy(s => s.CadreId))
        {
            var seat = group.OrderBy(s => bodyIds.IndexOf(s.BodyId)).First();
            members.Add(new ConvenedMember
            {
                Id = Guid.CreateVersion7(),
                ConferenceId = conferenceId,
                CadreId = seat.CadreId,
                FullName = seat.FullName,
                Position = seat.Position,
                IsHead = group.Any(s => s.BodyId == step.BodyId && s.IsHead),
            });
        }

        return members;
    }

    /// <summary>The refusal when the step's bodies have nobody sitting on <paramref name="heldOn"/>: it names them and
    /// links to the members page of the presiding body.</summary>
    public static async Task<Refusal> NobodyConvenedAsync(QuyHoachDbContext db, RoundStep step, DateOnly heldOn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(step);
        var bodyIds = step.ExtraBodies.Select(b => b.BodyId).Prepend(step.BodyId!.Value).ToList();
        var names = await db.Bodies.Where(b => bodyIds.Contains(b.Id)).Select(b => new { b.Id, b.Name }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var listed = string.Join(", ", names.OrderBy(n => bodyIds.IndexOf(n.Id)).Select(n => n.Name));
        var refusal = Refusal.Conflict($"Không mở được hội nghị: {listed} chưa có thành viên nào vào ngày {heldOn:dd/MM/yyyy}, nên không có ai được triệu tập. Hãy cập nhật thành viên của tập thể trước.");
        return refusal with { Link = new RefusalLink($"/tap-the/{step.BodyId}?ngay={heldOn:dd/MM/yyyy}", "Cập nhật thành viên của tập thể") };
    }
}
