namespace QuyHoach.Data.Counting;

/// <summary>
/// Một tờ phiếu quét: what the reader decided of one sheet (or of one page it could not join to a sheet) and, for a
/// sheet sent to review, what the counting committee decided and why. The sheet's random code is kept only to notice the
/// same sheet in a later upload of the same member; it names the paper, never a person (ADR 0013).
/// </summary>
public sealed class ScanSheet
{
    public Guid Id { get; set; }

    public Guid UploadId { get; set; }

    /// <summary>The upload position of its first page: the order of the counting log.</summary>
    public int Position { get; set; }

    /// <summary>The ballot the sheet belongs to; null when its code could not be read or names another count.</summary>
    public Guid? BallotId { get; set; }

    public string? SheetCode { get; set; }

    /// <summary>Upload positions of its pages.</summary>
    public int[] Pages { get; set; } = [];

    /// <summary>The sheet's page number (from 1) of each of <see cref="Pages"/>, in the same order; empty when a page's
    /// code was not read.</summary>
    public int[] SheetPages { get; set; } = [];

    /// <summary>The row of a later upload of the same member that completed this part of a sheet (its pages and
    /// boxes read there as one sheet); this row then counts for nothing by itself.</summary>
    public Guid? JoinedInto { get; set; }

    /// <summary>Valid, Invalid or Review, as the reader decided.</summary>
    public string ReadOutcome { get; set; } = "";

    /// <summary>Why the reader sent it to review (a ReviewReason name); null otherwise.</summary>
    public string? ReadReason { get; set; }

    /// <summary>Every box as read: line, page, mark, outline (jsonb).</summary>
    public string Boxes { get; set; } = "[]";

    /// <summary>The committee's decision: Valid, Invalid or Excluded (not counted: a page seen twice, another count).</summary>
    public string? Decision { get; set; }

    /// <summary>The ballot lines the committee counts as marked on a valid sheet (jsonb array of line ids).</summary>
    public string? DecidedLines { get; set; }

    /// <summary>Names written in, as a member typed them from the cropped image.</summary>
    public string? WriteIn { get; set; }

    public string? DecisionReason { get; set; }

    public Guid? DecidedByUserId { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
}
