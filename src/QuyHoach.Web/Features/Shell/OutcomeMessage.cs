namespace QuyHoach.Web.Features.Shell;

/// <summary>
/// Where a form's outcome lands (issue 19): the success message after the redirect, or the error summary of the
/// form sent back, carries this id, <c>tabindex="-1"</c> and <c>autofocus</c>, so the browser moves focus to it
/// and a screen reader reads it, with no script. Success redirects end in <see cref="Fragment"/>: a page opened at
/// a fragment focuses that element (and ignores autofocus).
/// </summary>
public static class OutcomeMessage
{
    public const string Id = "ket-qua";

    public const string Fragment = "#" + Id;
}
