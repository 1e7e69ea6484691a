namespace QuyHoach.Data.Organisations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.Property(o => o.Code).HasMaxLength(50);
        builder.Property(o => o.Name).HasMaxLength(300);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.Level).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(o => o.Code).IsUnique();
        builder.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(o => o.SuccessorId).OnDelete(DeleteBehavior.Restrict);
    }
}
