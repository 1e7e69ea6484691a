// Exposes the implicit Program class to WebApplicationFactory in the test projects (as dotnet/eShop does).
public partial class Program;
