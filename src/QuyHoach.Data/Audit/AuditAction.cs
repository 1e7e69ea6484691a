namespace QuyHoach.Data.Audit;

/// <summary>
/// Loại sự kiện nhật ký: a stable dotted code (stored in <c>audit_events.action</c>) with its Vietnamese name. Only
/// the instances below exist, so an event can never carry a misspelt code.
/// </summary>
public sealed record AuditAction
{
    private static readonly Dictionary<string, AuditAction> ByCode = new(StringComparer.Ordinal);

    private AuditAction(string code, string displayName, bool known = true)
    {
        Code = code;
        DisplayName = displayName;
        if (known)
        {
            ByCode.Add(code, this);
        }
    }

    public string Code { get; }

    /// <summary>The Vietnamese name shown to readers of the log.</summary>
    public string DisplayName { get; }

    public static AuditAction AccountCreated { get; } = new("account.created", "Tạo tài khoản");

    public static AuditAction AccountRolesChanged { get; } = new("account.roles_changed", "Đổi vai trò");

    public static AuditAction AccountScopeChanged { get; } = new("account.scope_changed", "Đổi phạm vi (đơn vị)");

    public static AuditAction AccountUnlocked { get; } = new("account.unlocked", "Mở khóa tài khoản");

    public static AuditAction AccountDisabled { get; } = new("account.disabled", "Tắt đăng nhập");

    public static AuditAction AccountEnabled { get; } = new("account.enabled", "Bật lại đăng nhập");

    public static AuditAction TwoFactorEnabled { get; } = new("account.two_factor_enabled", "Bật xác thực hai lớp");

    public static AuditAction TwoFactorDisabled { get; } = new("account.two_factor_disabled", "Tắt xác thực hai lớp");

    /// <summary>The user chose a new password (docs/security.md); every other session of the account ends.</summary>
    public static AuditAction PasswordChanged { get; } = new("account.password_changed", "Đổi mật khẩu");

    /// <summary>An administrator set a temporary password, to be replaced at the next sign-in (docs/security.md).</summary>
    public static AuditAction PasswordReset { get; } = new("account.password_reset", "Đặt lại mật khẩu tạm thời");

    public static AuditAction SignInSucceeded { get; } = new("signin.succeeded", "Đăng nhập thành công");

    public static AuditAction SignInFailed { get; } = new("signin.failed", "Đăng nhập thất bại");

    /// <summary>Xem hồ sơ cán bộ: a view of a sensitive record (C10), written by the registry pages.</summary>
    public static AuditAction CadreViewed { get; } = new("cadre.viewed", "Xem hồ sơ cán bộ");

    /// <summary>A cadre was created (form, API or import).</summary>
    public static AuditAction CadreCreated { get; } = new("cadre.created", "Thêm cán bộ");

    /// <summary>A cadre's identity or history changed (form, API or import).</summary>
    public static AuditAction CadreUpdated { get; } = new("cadre.updated", "Sửa thông tin cán bộ");

    /// <summary>One batch of an applied import: the code, before and after of every cadre it created or changed.</summary>
    public static AuditAction CadresImported { get; } = new("cadre.imported", "Nhập cán bộ từ Excel (từng nhóm)");

    /// <summary>An Excel import of the registry was applied (its summary; each cadre has its own event).</summary>
    public static AuditAction RegistryImported { get; } = new("registry.imported", "Nhập dữ liệu từ Excel");

    /// <summary>A list of personnel data left the system as a file.</summary>
    public static AuditAction RegistryExported { get; } = new("registry.exported", "Xuất danh sách ra Excel");

    public static AuditAction BodyCreated { get; } = new("body.created", "Tạo tập thể");

    public static AuditAction BodyUpdated { get; } = new("body.updated", "Sửa tập thể");

    /// <summary>A dated seat added to a body (who, role in the body, from, to).</summary>
    public static AuditAction BodyMemberAdded { get; } = new("body.member_added", "Thêm thành viên tập thể");

    /// <summary>A seat ended: its last day set; the seat stays as history.</summary>
    public static AuditAction BodyMemberEnded { get; } = new("body.member_ended", "Kết thúc tư cách thành viên tập thể");

    /// <summary>A planning round was opened in draft with its titles, quotas and steps.</summary>
    public static AuditAction RoundCreated { get; } = new("round.created", "Mở đợt quy hoạch");

    /// <summary>A step of a round was edited (name, dates, disclosure, bodies).</summary>
    public static AuditAction RoundStepChanged { get; } = new("round.step_changed", "Sửa bước của đợt quy hoạch");

    /// <summary>Candidates or plan members were added to a round's source list, with their verdicts.</summary>
    public static AuditAction RoundSourceListChanged { get; } = new("round.source_list_changed", "Cập nhật danh sách nguồn");

    public static AuditAction RoundClosed { get; } = new("round.closed", "Kết thúc đợt quy hoạch");

    /// <summary>A round in draft or in progress was cancelled, with the reason; what it recorded stays as it was.</summary>
    public static AuditAction RoundCancelled { get; } = new("round.cancelled", "Hủy đợt quy hoạch");

    /// <summary>A conference was opened and its convening list fixed.</summary>
    public static AuditAction ConferenceOpened { get; } = new("conference.opened", "Mở hội nghị");

    public static AuditAction ConferenceInviteesAdded { get; } = new("conference.invitees_added", "Mời thêm thành phần hội nghị");

    public static AuditAction ConferenceAttendanceRecorded { get; } = new("conference.attendance_recorded", "Điểm danh hội nghị");

    /// <summary>The venue and start time the minutes print were recorded or changed (before and after).</summary>
    public static AuditAction ConferenceVenueAndStartSet { get; } = new("conference.venue_and_start_set", "Ghi địa điểm, giờ bắt đầu hội nghị");

    /// <summary>The end time the minutes print was recorded, changed or cleared (before and after).</summary>
    public static AuditAction ConferenceEndSet { get; } = new("conference.end_set", "Ghi giờ kết thúc hội nghị");

    public static AuditAction ConferenceCommitteeSet { get; } = new("conference.committee_set", "Lập tổ kiểm phiếu");

    public static AuditAction BallotWriteInAdded { get; } = new("ballot.write_in_added", "Ghi thêm tên vào phiếu");

    /// <summary>A counting committee member entered an aggregate tally (never a voter's choice, R-SECRET-1).</summary>
    public static AuditAction TallyEntered { get; } = new("tally.entered", "Nhập biên bản kiểm phiếu");

    /// <summary>A counting committee member uploaded a file of scanned sheets (name, size, SHA-256; issue 15).</summary>
    public static AuditAction ScanUploaded { get; } = new("scan.uploaded", "Tải lên bản quét phiếu");

    /// <summary>The reader finished an upload: pages, sheets valid, invalid and sent to review.</summary>
    public static AuditAction ScanRead { get; } = new("scan.read", "Đọc xong bản quét phiếu");

    /// <summary>The counting committee decided a sheet the reader was not sure of, with its reason.</summary>
    public static AuditAction ScanSheetDecided { get; } = new("scan.sheet_decided", "Tổ kiểm phiếu quyết định một phiếu quét");

    public static AuditAction TallyMismatchResolved { get; } = new("tally.mismatch_resolved", "Giải quyết chênh lệch biên bản");

    public static AuditAction ResultsComputed { get; } = new("results.computed", "Tính kết quả kiểm phiếu");

    /// <summary>A tally changed after its results were computed: the reason, the tally before and after.</summary>
    public static AuditAction TallyCorrected { get; } = new("tally.corrected", "Sửa biên bản kiểm phiếu sau khi tính kết quả");

    /// <summary>Migration 0010 superseded a second live entry by the same member on a ballot (a double submission
    /// before one live entry per member was enforced); the entry is kept as evidence, the first one stands.</summary>
    public static AuditAction TallyDuplicateSuperseded { get; } = new("tally.duplicate_superseded", "Hủy lần nhập trùng của cùng một người");

    public static AuditAction HeadDecisionRecorded { get; } = new("head_decision.recorded", "Ghi nhận quyết định của người đứng đầu");

    /// <summary>A planning document (minutes, summary, proposed list) left the system as a file.</summary>
    public static AuditAction DocumentGenerated { get; } = new("document.generated", "Xuất văn bản");

    /// <summary>A file was added to a dossier item (name, size, SHA-256, document date).</summary>
    public static AuditAction DossierDocumentUploaded { get; } = new("dossier.document_uploaded", "Tải lên thành phần hồ sơ");

    /// <summary>A dossier file was downloaded: a view of a sensitive record (C10).</summary>
    public static AuditAction DossierFileViewed { get; } = new("dossier.file_viewed", "Xem tệp hồ sơ");

    /// <summary>The consideration or completion date of a dossier changed.</summary>
    public static AuditAction DossierDatesChanged { get; } = new("dossier.dates_changed", "Cập nhật ngày xem xét, ngày nhận đủ hồ sơ");

    /// <summary>The political standard was appraised before approval (R-DOS-3).</summary>
    public static AuditAction DossierAppraised { get; } = new("dossier.appraised", "Thẩm định tiêu chuẩn chính trị");

    /// <summary>An approval decision was recorded and its entries took effect (R-EFF-1).</summary>
    public static AuditAction PlanApproved { get; } = new("plan.approved", "Phê duyệt quy hoạch");

    /// <summary>A removal decision after the removal vote ended plan entries (R-REM-VOTE).</summary>
    public static AuditAction PlanRemoved { get; } = new("plan.removed", "Đưa ra khỏi quy hoạch");

    /// <summary>An automatic removal decision, without a vote, ended plan entries (R-REM-AUTO).</summary>
    public static AuditAction PlanRemovedAutomatically { get; } = new("plan.removed_automatically", "Đương nhiên đưa ra khỏi quy hoạch");

    /// <summary>A planned cadre was appointed to the planned title (R-EFF-2, R-PRI-7, R-PRI-8).</summary>
    public static AuditAction AppointmentRecorded { get; } = new("appointment.recorded", "Bổ nhiệm vào chức danh quy hoạch");

    /// <summary>A decision's list was notified to a body, a person or a unit (R-PUB-2, R-PUB-3).</summary>
    public static AuditAction PlanNotified { get; } = new("plan.notified", "Thông báo danh sách quy hoạch");

    /// <summary>Development items were generated from the verdict's obligations or added by the staff (R-USE-2).</summary>
    public static AuditAction DevelopmentItemsAdded { get; } = new("development.items_added", "Lập kế hoạch đào tạo, bồi dưỡng, luân chuyển");

    /// <summary>A development item was closed with its evidence and the registry updated (R-USE-2).</summary>
    public static AuditAction DevelopmentItemClosed { get; } = new("development.item_closed", "Hoàn thành việc của kế hoạch phát triển");

    /// <summary>A development item's evidence file was read (sensitive personnel data).</summary>
    public static AuditAction DevelopmentEvidenceViewed { get; } = new("development.evidence_viewed", "Xem văn bản chứng minh hoàn thành");

    /// <summary>An appointment or nomination proposal was opened or closed (R-PRI-7).</summary>
    public static AuditAction ProposalOpened { get; } = new("appointment.proposal_opened", "Đề nghị bổ nhiệm, giới thiệu ứng cử");

    public static AuditAction ProposalClosed { get; } = new("appointment.proposal_closed", "Kết thúc đề nghị bổ nhiệm, giới thiệu ứng cử");

    /// <summary>An administrator uploaded a rule set version (R-REG-4).</summary>
    public static AuditAction RuleSetUploaded { get; } = new("rule_set.uploaded", "Tải lên bộ quy tắc");

    /// <summary>An administrator activated a rule set version (R-REG-4).</summary>
    public static AuditAction RuleSetActivated { get; } = new("rule_set.activated", "Áp dụng bộ quy tắc");

    /// <summary>A merger, split or rename of units was recorded and what they held carried over (R-ORG-3).</summary>
    public static AuditAction UnitEventRecorded { get; } = new("organisation.event_recorded", "Ghi nhận hợp nhất, chia tách, đổi tên đơn vị");

    /// <summary>Records of cadres left the system for the national cadre database (R-XCH-1, R-XCH-3).</summary>
    public static AuditAction ExchangeExported { get; } = new("exchange.exported", "Xuất hồ sơ trao đổi với cơ sở dữ liệu quốc gia");

    /// <summary>A file of the national cadre database was confirmed and written: each cadre's fields before and after (R-XCH-2).</summary>
    public static AuditAction ExchangeApplied { get; } = new("exchange.applied", "Cập nhật hồ sơ từ cơ sở dữ liệu quốc gia");

    /// <summary>Every known action.</summary>
    public static IReadOnlyCollection<AuditAction> All => ByCode.Values;

    /// <summary>The action with <paramref name="code"/>; codes written by a newer version read back as-is.</summary>
    public static AuditAction FromCode(string code) =>
        ByCode.TryGetValue(code, out var action) ? action : new AuditAction(code, code, known: false);

    public override string ToString() => Code;
}
