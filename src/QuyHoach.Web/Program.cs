using QuyHoach.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddQuyHoachHosting();
builder.AddQuyHoachData();
builder.AddQuyHoachAuth();
builder.AddQuyHoachWeb();

var app = builder.Build();
app.UseQuyHoachWeb();
return await StartupGuard.RunAsync(app);
