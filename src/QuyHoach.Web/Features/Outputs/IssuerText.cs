using QuyHoach.Documents.Word;
using DataBodyKind = QuyHoach.Data.Registry.BodyKind;
using WordBodyKind = QuyHoach.Documents.Word.BodyKind;

namespace QuyHoach.Web.Features.Outputs;

/// <summary>
/// The one reader of how an organisation signs its documents (<see cref="DocumentIssuer"/>): the Party issuer for
/// documents of a Party body (Ban Thường vụ, Ban Chấp hành), the State issuer otherwise. An organisation without a
/// recorded issuer gets one worked out from its name and its parent's, so a document is never refused for lack of it.
/// </summary>
internal sealed record IssuerText(DocumentIssuer Issuer)
{
    public WordBodyKind Kind => Issuer.Layout == IssuerLayout.Party ? WordBodyKind.Party : WordBodyKind.State;

    /// <summary>The heading's issuing body.</summary>
    public IssuingBody Heading => new(Kind, Issuer.Superior, Issuer.Name, Issuer.Place);

    /// <summary>The heading of a submission: its advisory office under it ("TỈNH ỦY NAM ĐỊNH / BAN TỔ CHỨC") when one is recorded.</summary>
    public IssuingBody OfficeHeading => Issuer.OfficeName is { Length: > 0 } office ? new(Kind, Issuer.Name, office, Issuer.Place) : Heading;

    /// <summary>"Ban Thường vụ Tỉnh ủy" where a collective decides, "Giám đốc Sở Công Thương" where the head does.</summary>
    public string Authority => $"{Issuer.Collective ?? Issuer.HeadPosition} {Issuer.ShortName}";

    /// <summary>"Số 1520-QĐ/TU" or "Số: 15/QĐ-SCT" from the recorded number.</summary>
    public string Number(string recorded) => DocumentNumber.Recorded(Kind, recorded);

    /// <summary>A number left blank in the issuer's series of <paramref name="documentKind"/> (TTr, TB, BC, BB).</summary>
    public string Blank(string documentKind) => DocumentNumber.Blank(Kind, documentKind, Issuer.Code);

    /// <summary>A submission's blank number, in its office's series when it has one.</summary>
    public string OfficeBlank(string documentKind) => DocumentNumber.Blank(Kind, documentKind, Issuer.OfficeCode ?? Issuer.Code);

    /// <summary>The signer of a decision as recorded: T/M the collective, or the head, or KT. the head.</summary>
    public SignatureColumn Signer(string name, string recordedPosition) =>
        SignerLines.For(Issuer.Collective, Issuer.HeadPosition, SignerLines.PositionOnly(recordedPosition, Issuer.ShortName, Issuer.Name), name);

    /// <summary>The signer of a submission: the head of its office, else T/M the collective or the head; name left blank.</summary>
    public SignatureColumn SubmissionSigner => Issuer.OfficeHead is { Length: > 0 } head
        ? SignerLines.For(null, head, head, "")
        : SignerLines.For(Issuer.Collective, Issuer.HeadPosition, Issuer.HeadPosition, "");

    /// <summary>"Lưu Văn phòng Tỉnh ủy" (HD 36-HD/VPTW) or "Lưu: VT" (NĐ 30/2020).</summary>
    public string Archive => Kind == WordBodyKind.Party ? $"Lưu Văn phòng {Issuer.ShortName}" : "Lưu: VT, hồ sơ cán bộ";

    /// <summary>Party layout for documents of a Party body.</summary>
    public static bool IsParty(DataBodyKind? body) => body is DataBodyKind.StandingCommittee or DataBodyKind.ExecutiveCommittee;

    public static async Task<IssuerText> LoadAsync(QuyHoachDbContext db, Guid organisationId, bool party, CancellationToken cancellationToken)
    {
        var layout = party ? IssuerLayout.Party : IssuerLayout.State;
        var recorded = await db.DocumentIssuers.AsNoTracking().SingleOrDefaultAsync(i => i.OrganisationId == organisationId && i.Layout == layout, cancellationToken).ConfigureAwait(false);
        if (recorded is not null)
        {
            return new IssuerText(recorded);
        }

        var organisation = await db.Organisations.SingleAsync(o => o.Id == organisationId, cancellationToken).ConfigureAwait(false);
        var parent = organisation.ParentId is { } parentId ? await db.Organisations.SingleOrDefaultAsync(o => o.Id == parentId, cancellationToken).ConfigureAwait(false) : null;
        return new IssuerText(Derived(organisation, parent, layout));
    }

    /// <summary>
    /// Without a recorded issuer: the organisation's name up to " tỉnh …" under its parent ("UBND tỉnh …" above a State
    /// body of a province), the province's name as the place, no number code, the head's position left generic.
    /// </summary>
    private static DocumentIssuer Derived(Organisation organisation, Organisation? parent, IssuerLayout layout)
    {
        var province = parent?.Kind == OrganisationKind.Province ? parent.Name : organisation.Name;
        var place = province.StartsWith("Tỉnh ", StringComparison.OrdinalIgnoreCase) ? province[5..] : province;
        var cut = organisation.Name.IndexOf(" tỉnh ", StringComparison.Ordinal);
        var name = cut > 0 ? organisation.Name[..cut] : organisation.Name;
        var superior = parent is null ? "" : layout == IssuerLayout.State && parent.Kind == OrganisationKind.Province ? $"UBND {parent.Name}" : parent.Name;
        return new DocumentIssuer
        {
            OrganisationId = organisation.Id,
            Layout = layout,
            Superior = superior,
            Name = name,
            ShortName = name,
            Place = place,
            HeadPosition = layout == IssuerLayout.Party ? "Bí thư" : "Thủ trưởng",
            Collective = layout == IssuerLayout.Party ? "Ban Thường vụ" : null,
            Proposer = $"cơ quan tham mưu về tổ chức, cán bộ của {name}",
        };
    }
}
