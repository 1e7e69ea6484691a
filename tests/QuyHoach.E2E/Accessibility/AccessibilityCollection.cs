namespace QuyHoach.E2E.Accessibility;

/// <summary>The accessibility tests share one app and its data (<see cref="AuditBrowserApp"/>): it takes a while to prepare.</summary>
[CollectionDefinition(Name)]
public sealed class AccessibilityCollection : ICollectionFixture<AuditBrowserApp>
{
    public const string Name = "Accessibility";
}
