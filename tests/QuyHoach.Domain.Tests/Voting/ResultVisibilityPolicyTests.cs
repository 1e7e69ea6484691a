using QuyHoach.Domain.Voting;

namespace QuyHoach.Domain.Tests.Voting;

/// <summary>R-DISC-1 as a table: who sees the counts of a ballot, step announced or sealed.</summary>
public class ResultVisibilityPolicyTests
{
    [Theory]
    // Out of scope: nothing, whoever the viewer.
    [InlineData(false, true, true, true, true, ResultVisibility.Hidden)]
    [InlineData(false, false, false, false, false, ResultVisibility.Hidden)]
    // A sealed step: its counting committee, staff and leaders see the counts; anyone else in scope sees it sealed.
    [InlineData(true, false, false, true, false, ResultVisibility.Full)]
    [InlineData(true, true, false, false, false, ResultVisibility.Full)]
    [InlineData(true, false, true, false, false, ResultVisibility.Full)]
    [InlineData(true, false, false, false, false, ResultVisibility.Sealed)]
    // An announced step (the final one): everyone in scope.
    [InlineData(true, false, false, false, true, ResultVisibility.Full)]
    public void Decide_Viewer_SeesWhatTheSealAllows(bool inScope, bool staff, bool leader, bool committee, bool announced, ResultVisibility expected) =>
        Assert.Equal(expected, ResultVisibilityPolicy.Decide(new ResultViewer(inScope, staff, leader, committee, announced)));
}
