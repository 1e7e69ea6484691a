using FsCheck;
using FsCheck.Fluent;
using QuyHoach.Domain.Voting;

namespace QuyHoach.Domain.Tests.Voting;

public class VotingPropertyTests
{
    private static readonly Gen<VoteThreshold> Thresholds =
        from n in Gen.Choose(0, 10)
        from d in Gen.Choose(1, 10)
        from strict in Gen.Elements(ThresholdComparison.Inclusive, ThresholdComparison.Strict)
        from b in Gen.Elements(VoteBase.Present, VoteBase.Convened)
        select new VoteThreshold(n, d, strict, b);

    private static readonly Gen<(VoteThreshold T, int Convened, int Present, int Agree)> Cases =
        from t in Thresholds
        from convened in Gen.Choose(0, 500)
        from present in Gen.Choose(0, convened)
        from agree in Gen.Choose(0, present)
        select (t, convened, present, agree);

    [Fact]
    public void IsMet_OneMoreVote_StillPasses() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
            !c.T.IsMet(c.Agree, c.Present, c.Convened) || c.T.IsMet(c.Agree + 1, c.Present, c.Convened))
            .QuickCheckThrowOnFailure();

    [Fact]
    public void MinAgreeToPass_Always_IsMinimal() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var min = c.T.MinAgreeToPass(c.Present, c.Convened);
            return c.T.IsMet(min, c.Present, c.Convened) && (min == 0 || !c.T.IsMet(min - 1, c.Present, c.Convened));
        }).QuickCheckThrowOnFailure();

    private static readonly Gen<(CandidateVote[] Votes, int Quota)> Fills =
        from count in Gen.Choose(0, 12)
        from agrees in Gen.ArrayOf(Gen.Choose(0, 8), count)
        from quota in Gen.Choose(0, 6)
        select (agrees.Select((a, i) => new CandidateVote($"C{i}", a)).ToArray(), quota);

    [Fact]
    public void Fill_Always_SelectsAtMostQuotaAndExactlyTheTop() =>
        Prop.ForAll(Fills.ToArbitrary(), f =>
        {
            var s = FinalSelection.Fill(f.Votes, f.Quota);
            var selected = s.Selected.Select(c => c.Id).ToHashSet();
            var rest = f.Votes.Where(v => !selected.Contains(v.Id)).ToArray();
            var topIsTop = s.Selected.All(sel => rest.All(r => sel.Agree >= r.Agree))
                && s.Selected.All(sel => s.TiedForLastPlace.All(t => sel.Agree > t.Agree));
            var filled = s.Selected.Count + s.SeatsForHead == Math.Min(f.Quota, f.Votes.Length);
            return s.Selected.Count <= f.Quota && topIsTop && filled && s.SeatsForHead < s.TiedForLastPlace.Count + (s.HeadDecisionRequired ? 0 : 1);
        }).QuickCheckThrowOnFailure();
}
