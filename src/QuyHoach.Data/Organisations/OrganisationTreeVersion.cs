namespace QuyHoach.Data.Organisations;

/// <summary>
/// The one row whose token changes with every statement that changes the unit tree (organisations, the units of an
/// event): a trigger of migration 0033 sets it, so a copy of the tree kept in memory knows whether it still holds.
/// </summary>
public sealed class OrganisationTreeVersion
{
    public bool Id { get; set; } = true;

    public Guid Token { get; set; }
}

internal sealed class OrganisationTreeVersionConfiguration : IEntityTypeConfiguration<OrganisationTreeVersion>
{
    public void Configure(EntityTypeBuilder<OrganisationTreeVersion> builder)
    {
        builder.ToTable("organisation_tree_version");
        builder.Property(v => v.Id).ValueGeneratedNever();
    }
}
