using System.Reflection;
using System.Text.Json;
using Kitty.Api.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace Kitty.Api.Hal;

/// <summary>A 200 response carrying a HAL resource, typed so that the OpenAPI document can describe it.</summary>
public sealed class Hal<T> : IResult, IEndpointMetadataProvider
{
    internal Hal(T value) => Value = value;

    public T Value { get; }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = HalMediaType.Select(httpContext.Request.Headers.Accept.ToString());
        await JsonSerializer.SerializeAsync(response.Body, Value, KittyJson.Options, httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(
            StatusCodes.Status200OK, typeof(T), [HalMediaType.Json, HalMediaType.Hal, HalMediaType.VndHal]));
}

/// <summary>Creates <see cref="Hal{T}"/> results.</summary>
internal static class HalResult
{
    public static Hal<T> Ok<T>(T value) => new(value);
}
