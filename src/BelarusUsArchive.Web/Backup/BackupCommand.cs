using System.IO.Compression;
using System.Text.Json;
using BelarusUsArchive.Web.Data;

namespace BelarusUsArchive.Web.Backup;

/// <summary>
/// `export FILE` writes the whole archive to a backup file; `restore FILE` reads one into an empty store
/// (of either provider: settings choose it as for serving). Exit code 0 on success, 1 when the backup
/// cannot be written or restored (the reason is printed), 2 for a usage error.
/// </summary>
public static class BackupCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string verb, IReadOnlyList<string> args, TextWriter output, TextWriter errors)
    {
        if (args.Count != 1)
        {
            await errors.WriteLineAsync($"usage: {verb} FILE (a .zip backup of the whole archive)");
            return 2;
        }
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        var file = Path.GetFullPath(args[0]);
        try
        {
            var manifest = verb == "export" ? await ExportAsync(db, file) : await RestoreAsync(db, file);
            var total = manifest.Rows.Values.Sum();
            await output.WriteLineAsync($"{(verb == "export" ? "exported" : "restored")} {total} rows in {manifest.Rows.Count} tables {(verb == "export" ? "to" : "from")} {file}");
            foreach (var (table, rows) in manifest.Rows.Where(r => r.Value > 0))
            {
                await output.WriteLineAsync($"  {table}: {rows}");
            }
            return 0;
        }
        catch (Exception e) when (e is BackupException or IOException or UnauthorizedAccessException or InvalidDataException or JsonException)
        {
            await errors.WriteLineAsync($"{verb} failed: {file}: {e.Message}");
            return 1;
        }
    }

    private static async Task<BackupManifest> ExportAsync(ArchiveDb db, string file)
    {
        // Written beside the target and moved into place, so a failed export leaves no half file; owner-only (it holds secrets).
        var partial = file + ".partial";
        BackupManifest manifest;
        await using (var stream = PrivateFiles.Create(partial))
        {
            manifest = await ArchiveBackup.ExportAsync(db, stream, CancellationToken.None);
        }
        File.Move(partial, file, overwrite: true);
        return manifest;
    }

    private static async Task<BackupManifest> RestoreAsync(ArchiveDb db, string file)
    {
        await using var stream = File.OpenRead(file);
        return await ArchiveBackup.RestoreAsync(db, stream, CancellationToken.None);
    }
}
