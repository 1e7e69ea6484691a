namespace QuyHoach.Data;

/// <summary>
/// Ghi nhận: a row that records a legally significant act (a decision, an appointment, a proposal, a notification, a
/// head's decision) keeps the account that recorded it and when (UTC).
/// </summary>
public abstract class RecordedRow
{
    public Guid RecordedByUserId { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>
/// A record that is opened and then worked on (a round, a dossier, a development item) keeps the account that opened
/// it and when (UTC).
/// </summary>
public abstract class CreatedRow
{
    public Guid CreatedByUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The accounts of <see cref="RecordedRow"/> and <see cref="CreatedRow"/>: foreign keys that keep the account from being deleted.</summary>
internal static class AccountColumns
{
    public static void HasRecorder<T>(this EntityTypeBuilder<T> builder)
        where T : RecordedRow => builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.RecordedByUserId).OnDelete(DeleteBehavior.Restrict);

    public static void HasCreator<T>(this EntityTypeBuilder<T> builder)
        where T : CreatedRow => builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.CreatedByUserId).OnDelete(DeleteBehavior.Restrict);
}
