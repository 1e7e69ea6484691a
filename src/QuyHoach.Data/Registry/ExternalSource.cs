using QuyHoach.Data.Planning;

namespace QuyHoach.Data.Registry;

/// <summary>
/// Nguồn từ nơi khác (R-OTH-1, principle "mở"): a person working at another agency, put on a round's source list.
/// The person is registered as a <see cref="Cadre"/> of the round's unit (ADR 0009), so ballots, results, documents
/// and the plan reference them like anyone else; what the registry cannot hold of a post elsewhere is kept here as
/// text: the agency, the post, the written opinion of that agency, and the title of the unit it is taken as
/// equivalent to (the source group it is screened in). <see cref="PersonKey"/> (folded name and birth date) makes
/// one person once per round, whatever the number of submits.
/// </summary>
public sealed class ExternalSource
{
    public const int AgencyMaxLength = 300;
    public const int PostMaxLength = 300;
    public const int OpinionMaxLength = 500;

    public Guid Id { get; set; }

    public Guid CadreId { get; set; }

    public Guid RoundId { get; set; }

    /// <summary>Cơ quan, đơn vị đang công tác.</summary>
    public string Agency { get; set; } = "";

    /// <summary>Chức vụ hiện tại (ở cơ quan đang công tác), as written.</summary>
    public string Post { get; set; } = "";

    /// <summary>Chức vụ tương đương: the unit's title the post is taken as equivalent to.</summary>
    public Guid EquivalentTitleId { get; set; }

    /// <summary>Ý kiến của cơ quan đang công tác: the number and date of its written opinion (R-OTH-1).</summary>
    public string HomeOpinion { get; set; } = "";

    /// <summary>Folded full name and birth date (<c>yyyy-MM-dd</c>): one person once per round.</summary>
    public string PersonKey { get; set; } = "";

    public Guid AddedByUserId { get; set; }

    public DateTimeOffset AddedAt { get; set; }
}

internal sealed class ExternalSourceConfiguration : IEntityTypeConfiguration<ExternalSource>
{
    public void Configure(EntityTypeBuilder<ExternalSource> builder)
    {
        builder.ToTable("external_sources");
        builder.Property(e => e.Agency).HasMaxLength(ExternalSource.AgencyMaxLength);
        builder.Property(e => e.Post).HasMaxLength(ExternalSource.PostMaxLength);
        builder.Property(e => e.HomeOpinion).HasMaxLength(ExternalSource.OpinionMaxLength);
        builder.Property(e => e.PersonKey).HasMaxLength(220);
        builder.HasIndex(e => e.CadreId).IsUnique();
        builder.HasIndex(e => new { e.RoundId, e.PersonKey }).IsUnique();
        builder.HasOne<Cadre>().WithMany().HasForeignKey(e => e.CadreId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PlanningRound>().WithMany().HasForeignKey(e => e.RoundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Title>().WithMany().HasForeignKey(e => e.EquivalentTitleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.AddedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
