using BelarusUsArchive.Web.Features.Events;
using BelarusUsArchive.Web.Features.People;
using BelarusUsArchive.Web.Features.Related;
using BelarusUsArchive.Web.Import;

namespace BelarusUsArchive.Web.Setup;

public static class ImportSetup
{
    public static IServiceCollection AddArchiveImport(this IServiceCollection services)
    {
        services.AddScoped<Importer>();
        services.AddScoped<ArticleWriter>();
        services.AddScoped<PeopleFile>();
        services.AddScoped<MentionLinker>();
        services.AddScoped<EventLinker>();
        services.AddSingleton<ImportStatus>();
        services.AddHostedService<ImportJob>();
        services.AddHostedService<RelatedListsWorker>();
        return services;
    }
}
