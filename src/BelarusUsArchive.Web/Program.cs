using BelarusUsArchive.Web.Backup;
using BelarusUsArchive.Web.Features.Articles;
using BelarusUsArchive.Web.Features.Citations;
using BelarusUsArchive.Web.Features.Exports;
using BelarusUsArchive.Web.Features.Feeds;
using BelarusUsArchive.Web.Features.Harvesting;
using BelarusUsArchive.Web.Features.Editor.Account;
using BelarusUsArchive.Web.Features.Events;
using BelarusUsArchive.Web.Features.People;
using BelarusUsArchive.Web.Features.Search;
using BelarusUsArchive.Web.Import;
using BelarusUsArchive.Web.Setup;

// Command-line verbs first (CONTRACT.md): `import PATH...`, `create-user …`, `export FILE`, `restore FILE`;
// anything else serves the archive.
var verb = args.FirstOrDefault();
var isCommand = verb is "import" or "create-user" or "export" or "restore";

var builder = WebApplication.CreateBuilder(isCommand ? [] : args);
builder.AddArchiveLogging(quietConsole: isCommand);
builder.Services.Configure<ArchiveOptions>(builder.Configuration.GetSection("Archive"));
builder.Services.AddArchiveData(builder.Configuration, builder.Environment);
builder.Services.AddArchiveImport();
builder.Services.AddArchiveWeb();
builder.Services.AddArchiveAuth();
builder.Services.AddArchiveSearch();
builder.Services.AddArchiveApi();
builder.Services.AddArchiveProxies(builder.Configuration);
builder.Services.AddArchiveCompression();
builder.Services.AddArchiveRateLimits(builder.Configuration);
builder.Services.AddArchiveCaching(builder.Configuration);

var app = builder.Build();
await app.Services.MigrateArchiveAsync();

if (verb == "import")
{
    return await ImportCommand.RunAsync(app.Services, args[1..]);
}
if (verb is "export" or "restore")
{
    return await BackupCommand.RunAsync(app.Services, verb, args[1..], Console.Out, Console.Error);
}
if (verb == "create-user")
{
    return await CreateUserCommand.RunAsync(app.Services, args[1..], Console.In, Console.Out);
}

app.UseArchiveWeb();
app.UseArchiveApi();
app.UseArchiveCaching();
app.MapArticlesApi();
app.MapPeopleApi();
app.MapEventsApi();
app.MapSearchApi();
app.MapCitations();
app.MapFeeds();
app.MapExports();
app.MapHarvesting();
app.MapHealth();
app.MapRazorPages();

await app.RunAsync();
return 0;
