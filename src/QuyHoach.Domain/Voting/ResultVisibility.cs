using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Voting;

/// <summary>Ai được xem số phiếu: what one viewer may see of one ballot's per-candidate results.</summary>
public enum ResultVisibility
{
    /// <summary>Out of scope: the ballot does not exist for this viewer (404).</summary>
    Hidden,

    /// <summary>Niêm phong: the ballot's lines without counts, pass marks or selection.</summary>
    Sealed,

    /// <summary>Everything: agree counts, pass marks, selection.</summary>
    Full,
}

/// <summary>The facts about a viewer and a ballot that decide visibility.</summary>
/// <param name="InScope">The round's organisation is within the viewer's scope.</param>
/// <param name="IsStaff">Chuyên viên tổ chức (prepares the dossier, R-DOS-1 item 1 needs the tallies of every step).</param>
/// <param name="IsLeader">Lãnh đạo / cấp có thẩm quyền (approves on the basis of every step).</param>
/// <param name="OnCountingCommittee">Member of the counting committee of this ballot's conference.</param>
/// <param name="Announced">The step's results are announced at the conference (the final step, R-DISC-1).</param>
public sealed record ResultViewer(bool InScope, bool IsStaff, bool IsLeader, bool OnCountingCommittee, bool Announced);

/// <summary>
/// Niêm phong kết quả (R-DISC-1): results of steps that are not announced (removal, key cadres, extended body) are
/// seen only by the counting committee of that conference, by staff and by leaders in scope; anyone else in scope
/// (another conference's counters, inspectors, administrators, delegates) gets the ballot without counts. Results of an
/// announced step (the final one) are seen by everyone in scope. Out of scope nothing is seen (404).
/// </summary>
/// <remarks>The one place this rule lives: the API's results, the reconciliation view, documents and plans ask it.
/// Inspectors see sealed results: the sealing rule does not list them among those who see the counts.</remarks>
public static class ResultVisibilityPolicy
{
    /// <summary>R-DISC-1: the results of steps 3 and 4 are not announced at the conference; the final step's are.</summary>
    public static LegalBasis Basis { get; } = LegalBasis.Of("R-DISC-1");

    /// <summary>What <paramref name="viewer"/> sees.</summary>
    public static ResultVisibility Decide(ResultViewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!viewer.InScope)
        {
            return ResultVisibility.Hidden;
        }

        return viewer.Announced || viewer.OnCountingCommittee || viewer.IsStaff || viewer.IsLeader
            ? ResultVisibility.Full
            : ResultVisibility.Sealed;
    }
}
