namespace QuyHoach.Documents.Registry;

/// <summary>One problem of an uploaded registry file, as the validation report shows it.</summary>
/// <param name="Sheet">Sheet name (<c>CanBo</c>, <c>DanhGia</c>…).</param>
/// <param name="Row">Row number as Excel shows it (the header is row 1).</param>
/// <param name="Column">Column header without the required mark, e.g. <c>Ngày sinh</c>.</param>
/// <param name="Message">Vietnamese explanation, saying what to write instead.</param>
public sealed record ImportIssue(string Sheet, int Row, string Column, string Message);

/// <summary>Codes that already exist in the database, so that rows may refer to them without a row in <c>CanBo</c>.</summary>
/// <param name="Cadres">Mã cán bộ already in the registry, asked only for a code that sheet CanBo lacks. A
/// <see cref="HashSet{T}"/> is compared ignoring case; any other set must compare so itself (it may load on demand).</param>
/// <param name="Units">Mã đơn vị that exist; null = not checked here (the apply step checks).</param>
/// <param name="Titles">Mã chức vụ that exist; null = not checked here.</param>
public sealed record KnownCodes(IReadOnlySet<string> Cadres, IReadOnlySet<string>? Units = null, IReadOnlySet<string>? Titles = null)
{
    public static KnownCodes None { get; } = new(new HashSet<string>());
}
