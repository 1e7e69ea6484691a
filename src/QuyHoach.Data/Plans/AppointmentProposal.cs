namespace QuyHoach.Data.Plans;

/// <summary>
/// Đề nghị bổ nhiệm, giới thiệu ứng cử: a proposal to appoint a cadre to a title (or nominate them for election to
/// it), open from <see cref="OpenedOn"/> until <see cref="ClosedOn"/>. While it is open the cadre is not planned for
/// that title, and while the cadre is being planned for it no proposal opens (R-PRI-7). One open proposal per cadre
/// and title (a partial unique index), so a double submit opens one.
/// </summary>
public sealed class AppointmentProposal : RecordedRow
{
    public Guid Id { get; set; }

    public Guid CadreId { get; set; }

    public Guid TitleId { get; set; }

    public ProposalKind Kind { get; set; }

    public DateOnly OpenedOn { get; set; }

    /// <summary>Ngày kết thúc (decided, withdrawn): the proposal no longer holds up planning from the next day.</summary>
    public DateOnly? ClosedOn { get; set; }
}

/// <summary>Loại đề nghị.</summary>
public enum ProposalKind
{
    /// <summary>Đề nghị bổ nhiệm.</summary>
    Appointment,

    /// <summary>Giới thiệu ứng cử.</summary>
    Nomination,
}

internal sealed class AppointmentProposalConfiguration : IEntityTypeConfiguration<AppointmentProposal>
{
    public void Configure(EntityTypeBuilder<AppointmentProposal> builder)
    {
        builder.ToTable("appointment_proposals");
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => new { p.CadreId, p.TitleId }).IsUnique().HasFilter("closed_on IS NULL");
        builder.HasIndex(p => p.TitleId);
        builder.HasOne<Cadre>().WithMany().HasForeignKey(p => p.CadreId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Title>().WithMany().HasForeignKey(p => p.TitleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasRecorder();
    }
}
