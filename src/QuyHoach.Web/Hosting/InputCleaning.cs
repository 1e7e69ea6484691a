using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace QuyHoach.Web.Hosting;

/// <summary>
/// Every text that enters (query string, form fields, JSON strings) loses its control characters before any page,
/// endpoint or handler sees it. PostgreSQL refuses a NUL in text (a search for "%00" was a 500), and no field of the
/// registry or of a conference holds a bell or an escape. Tab, line feed and carriage return stay: notes have lines.
/// Lone UTF-16 surrogates (possible in JSON's "\ud800") go too: they cannot be written as UTF-8.
/// </summary>
public static class InputCleaning
{
    /// <summary>The text without C0 controls (except tab and line breaks), DEL and lone surrogates; the same
    /// instance when there is nothing to remove.</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstBad(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (!IsBad(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static IServiceCollection AddInputCleaning(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new CleanStringConverter()));

    /// <summary>Cleans the query string and wraps the form; runs after routing, so an endpoint's form limits apply.</summary>
    public static IApplicationBuilder UseInputCleaning(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.QueryString.HasValue && request.Query.Any(p => NeedsCleaning(p.Key) || p.Value.Any(v => v is not null && NeedsCleaning(v))))
        {
            var builder = new QueryBuilder();
            foreach (var (key, values) in request.Query)
            {
                builder.Add(Strip(key), values.Select(v => Strip(v ?? "")));
            }

            // Setting the raw query string also re-parses Request.Query and the URI a page's query parameters read.
            request.QueryString = builder.ToQueryString();
        }

        // The header, not Request.HasFormContentType: that reads the form feature, which throws once antiforgery
        // validation failed (the error page re-executes this middleware).
        if (IsForm(request.ContentType) && context.Features.Get<IFormFeature>() is not CleanFormFeature)
        {
            var inner = context.Features.Get<IFormFeature>()
                ?? new FormFeature(request, context.RequestServices.GetService<IOptions<FormOptions>>()?.Value ?? new FormOptions());
            context.Features.Set<IFormFeature>(new CleanFormFeature(inner));
        }

        await next(context).ConfigureAwait(false);
    });

    private static bool IsForm(string? contentType) =>
        contentType is not null && (contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase));

    private static bool NeedsCleaning(string text) => FirstBad(text) >= 0;

    private static int FirstBad(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (IsBad(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsBad(char c) => (c < ' ' && c is not '\t' and not '\n' and not '\r') || c == '\u007F' || char.IsSurrogate(c);

    /// <summary>JSON strings, cleaned as they are read (request bodies); written unchanged.</summary>
    private sealed class CleanStringConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetString() is { } text ? Strip(text) : null;

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    /// <summary>The request's form, read lazily by whoever asks first, with every field value cleaned (files untouched).</summary>
    private sealed class CleanFormFeature(IFormFeature inner) : IFormFeature
    {
        private IFormCollection? _source;
        private IFormCollection? _clean;

        public bool HasFormContentType => inner.HasFormContentType;

        public IFormCollection? Form
        {
            get => Clean(inner.Form);
            set => inner.Form = value;
        }

        public IFormCollection ReadForm() => Clean(inner.ReadForm())!;

        public async Task<IFormCollection> ReadFormAsync(CancellationToken cancellationToken) =>
            Clean(await inner.ReadFormAsync(cancellationToken).ConfigureAwait(false))!;

        private IFormCollection? Clean(IFormCollection? form)
        {
            if (form is null || ReferenceEquals(form, _source))
            {
                return form is null ? null : _clean;
            }

            _source = form;
            if (!form.Any(f => NeedsCleaning(f.Key) || f.Value.Any(v => v is not null && NeedsCleaning(v))))
            {
                return _clean = form;
            }

            var fields = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
            foreach (var (key, values) in form)
            {
                var name = Strip(key);
                fields[name] = StringValues.Concat(fields.GetValueOrDefault(name), new StringValues(values.Select(v => Strip(v ?? "")).ToArray()));
            }

            return _clean = new FormCollection(fields, form.Files);
        }
    }
}
