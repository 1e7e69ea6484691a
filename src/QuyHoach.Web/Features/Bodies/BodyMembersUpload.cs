using QuyHoach.Web.Features.Registry;

namespace QuyHoach.Web.Features.Bodies;

/// <summary>What an uploaded members sheet did: seats added, rows already present, or the row errors (nothing written).</summary>
public sealed record MembersUploadResult(int Added, int Skipped, IReadOnlyList<string> Errors);

/// <summary>
/// Thêm thành viên từ tệp Excel: every row is checked first, with <see cref="MembershipHandler"/>'s checks (cadre in
/// scope, role of the body's kind, dates, overlap); if any row is wrong nothing is written; rows already present
/// identically are skipped (whatever role text an older seat holds), so uploading the body's own export changes nothing. Each seat added is audited like one added on the page.
/// </summary>
public sealed class BodyMembersUpload(QuyHoachDbContext db, MembershipHandler seats)
{
    public async Task<Outcome<MembersUploadResult>> UploadAsync(UserAccess access, Guid bodyId, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var editable = await seats.EditableAsync(access, bodyId, cancellationToken).ConfigureAwait(false);
        if (editable.Refusal is { } refused)
        {
            return refused;
        }

        var (rows, refusal) = BodyMembersSheet.Read(content);
        if (refusal is not null)
        {
            return Refusal.BadInput(refusal);
        }

        if (rows.Count == 0)
        {
            return Refusal.BadInput("Tệp không có dòng thành viên nào.");
        }

        var visible = access.OrganisationIds.ToList();
        var cadres = await db.Cadres.AsNoTracking().Where(c => visible.Contains(c.OrganisationId))
            .Join(db.Organisations, c => c.OrganisationId, o => o.Id, (c, o) => new Candidate(c.Id, c.Code, c.FullName, o.Name, c.OrganisationId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var existing = await db.Set<Data.Registry.BodyMembership>().AsNoTracking().Where(m => m.BodyId == bodyId)
            .Select(m => new Seat(m.CadreId, m.Position, m.IsHead, m.From, m.To)).ToListAsync(cancellationToken).ConfigureAwait(false);

        var errors = new List<string>();
        var toAdd = new List<(Candidate Cadre, MembershipRequest Seat)>();
        var skipped = 0;
        var kind = editable.Value!.Kind;
        var inScope = cadres.Where(c => access.Sees(c.OrganisationId)).ToList();
        foreach (var row in rows)
        {
            var error = Check(row, inScope, out var cadre, out var typed);
            if (error is null && existing.Contains(new Seat(cadre!.Id, Spaced(typed!.Position!), typed.IsHead, typed.From!.Value, typed.To)))
            {
                skipped++;
                continue;
            }

            var seat = error is null ? MembershipHandler.Check(typed!, kind) : null;
            error ??= seat!.Refusal is { } invalid ? char.ToLowerInvariant(invalid.Detail[0]) + invalid.Detail[1..] : null;
            if (error is null)
            {
                var wanted = new Seat(cadre!.Id, seat!.Value!.Position!, seat.Value.IsHead, seat.Value.From!.Value, seat.Value.To);
                if (existing.Contains(wanted))
                {
                    skipped++;
                    continue;
                }

                if (existing.Any(e => e.CadreId == cadre.Id && MembershipHandler.Overlaps(e.From, e.To, wanted.From, wanted.To)))
                {
                    error = MembershipHandler.Overlap(cadre.FullName);
                }
                else
                {
                    existing.Add(wanted);
                    toAdd.Add((cadre, seat.Value));
                }
            }

            if (error is not null)
            {
                errors.Add($"Dòng {row.Row.ToString(CultureInfo.InvariantCulture)}: {error}");
            }
        }

        if (errors.Count > 0)
        {
            return new MembersUploadResult(0, skipped, errors);
        }

        foreach (var (cadre, seat) in toAdd)
        {
            seats.Stage(access, bodyId, editable.Value.OrganisationId, cadre.Id, cadre.FullName, seat);
        }

        var saved = await seats.SaveAsync(bodyId, "Một dòng của tệp chồng lên một lần là thành viên khác của cùng người: hãy kiểm tra lại ngày.", cancellationToken).ConfigureAwait(false);
        return saved.Refusal is { } conflict ? conflict : new MembersUploadResult(toAdd.Count, skipped, []);
    }

    /// <summary>The row's cadre, head mark and dates (the role is checked against the body's kind by the caller).</summary>
    private static string? Check(MemberSheetRow row, List<Candidate> cadres, out Candidate? cadre, out MembershipRequest? seat)
    {
        cadre = null;
        seat = null;
        var matches = row.Code.Length > 0
            ? cadres.Where(c => string.Equals(c.Code, row.Code, StringComparison.OrdinalIgnoreCase)).ToList()
            : cadres.Where(c => Same(c.FullName, row.FullName) && (row.Unit.Length == 0 || Same(c.Unit, row.Unit))).ToList();
        if (matches.Count == 0)
        {
            return row.Code.Length > 0 || row.FullName.Length > 0
                ? $"không tìm thấy cán bộ \"{Shown(row.Code.Length > 0 ? row.Code : row.FullName)}\" trong phạm vi của bạn."
                : "thiếu mã cán bộ hoặc họ và tên.";
        }

        if (matches.Count > 1)
        {
            return $"có nhiều cán bộ tên \"{Shown(row.FullName)}\"; hãy ghi thêm cơ quan, đơn vị hoặc mã cán bộ.";
        }

        bool? head = row.Head.Trim().ToLowerInvariant() switch
        {
            "" or "không" or "0" => false,
            "có" or "x" or "1" => true,
            _ => null,
        };
        if (head is null)
        {
            return "cột \"Người đứng đầu\" chỉ nhận \"Có\" hoặc để trống.";
        }

        if (!VietnameseDates.TryParseDate(row.From, out var from))
        {
            return $"ngày bắt đầu \"{Shown(row.From)}\" không đúng dạng dd/MM/yyyy.";
        }

        DateOnly? to = null;
        if (row.To.Length > 0)
        {
            if (!VietnameseDates.TryParseDate(row.To, out var end))
            {
                return $"ngày kết thúc \"{Shown(row.To)}\" không đúng dạng dd/MM/yyyy.";
            }

            to = end;
        }

        cadre = matches[0];
        seat = new MembershipRequest(matches[0].Id, row.Position, head.Value, from, to);
        return null;
    }

    /// <summary>The exact name, ignoring case and extra spaces (the same text as the export writes).</summary>
    private static bool Same(string a, string b) => string.Equals(Spaced(a), Spaced(b), StringComparison.OrdinalIgnoreCase);

    private static string Spaced(string text) => string.Join(' ', text.Normalize().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>A cell's text as quoted back in a message: at most 60 characters.</summary>
    private static string Shown(string text) => text.Length > 60 ? text[..60] + "…" : text;

    private sealed record Candidate(Guid Id, string Code, string FullName, string Unit, Guid OrganisationId);

    private sealed record Seat(Guid CadreId, string Position, bool IsHead, DateOnly From, DateOnly? To);
}
