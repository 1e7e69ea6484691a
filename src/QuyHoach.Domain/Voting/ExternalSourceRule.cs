using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Voting;

/// <summary>
/// Nguồn từ nơi khác (R-OTH-1): the conferences of key cadres and of the extended leadership are not held for a person
/// working at another agency; the competent collective (Ban Thường vụ / tập thể lãnh đạo) considers and votes after
/// consulting the person's agency, at the final step. Such a person is never a plan member put to a removal vote here.
/// </summary>
public static class ExternalSourceRule
{
    /// <summary>R-OTH-1: documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis Basis { get; } = LegalBasis.Of("R-OTH-1");

    /// <summary>Whether a source from elsewhere is on the ballot of <paramref name="step"/>.</summary>
    public static bool IsVotedAt(VoteStep step) => step switch
    {
        VoteStep.Final => true,
        VoteStep.KeyCadres => false,
        VoteStep.ExtendedLeadership => false,
        VoteStep.Removal => false,
    };
}
