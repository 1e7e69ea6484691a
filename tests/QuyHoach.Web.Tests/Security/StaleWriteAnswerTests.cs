using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using QuyHoach.Web.Features.Api;
using QuyHoach.Web.Features.Shell;

namespace QuyHoach.Web.Tests.Security;

/// <summary>
/// Regression probe (docs/security.md): a versioned row (cadre, dossier, round step, conference) written by a handler
/// that does not check the version itself, while another write commits in between, fails in EF with a concurrency
/// exception. That is the stale-record 409 a reload settles, never a 500.
/// </summary>
public sealed class StaleWriteAnswerTests
{
    [Fact]
    public async Task ConcurrencyFailureUnderApi_Is409ProblemWithTheStaleMessage()
    {
        var (context, body) = ApiContext("/api/v1/dossiers/1/dates");
        var handled = await new ApiExceptionHandler(NullLogger<ApiExceptionHandler>.Instance)
            .TryHandleAsync(context, new DbUpdateConcurrencyException("row changed"), CancellationToken.None);

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status409Conflict, context.Response.StatusCode);
        Assert.StartsWith("application/problem+json", context.Response.ContentType, StringComparison.Ordinal);
        Assert.Contains(StaleRecord.Message, Read(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherFailureUnderApi_StaysA500Problem()
    {
        var (context, body) = ApiContext("/api/v1/rounds");
        await new ApiExceptionHandler(NullLogger<ApiExceptionHandler>.Instance)
            .TryHandleAsync(context, new InvalidOperationException("bug"), CancellationToken.None);

        Assert.Equal(StatusCodes.Status500InternalServerError, context.Response.StatusCode);
        Assert.DoesNotContain(StaleRecord.Message, Read(body), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(typeof(DbUpdateConcurrencyException), StatusCodes.Status409Conflict)]
    [InlineData(typeof(DbUpdateException), StatusCodes.Status500InternalServerError)]
    [InlineData(typeof(InvalidOperationException), StatusCodes.Status500InternalServerError)]
    public void StatusFor_PagesAndApiAlike(Type exception, int status) =>
        Assert.Equal(status, ApiExceptionHandler.StatusFor((Exception)Activator.CreateInstance(exception, "x")!));

    private static (DefaultHttpContext Context, MemoryStream Body) ApiContext(string path)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails(o => o.CustomizeProblemDetails = ApiProblemTexts.Apply).BuildServiceProvider();
        var body = new MemoryStream();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Path = path;
        context.Request.Method = HttpMethods.Put;
        context.Request.Headers.Accept = "application/json";
        context.Response.Body = body;
        context.Features.Set<IExceptionHandlerFeature>(new ExceptionHandlerFeature { Path = path, Error = new InvalidOperationException() });
        return (context, body);
    }

    private static string Read(MemoryStream body) => System.Text.Encoding.UTF8.GetString(body.ToArray());
}
