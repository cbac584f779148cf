using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Stores;

/// <summary>
/// `restore` of a backup from another version of the archive, or of a damaged or crafted one, run as the real command:
/// it ends with the reason and exit code 1 (no stack trace), leaves the store empty, and never reads a huge line whole.
/// Backups and the SQLite store are readable by their owner only: they hold password hashes, authenticator secrets
/// and the keys that sign sessions.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class BackupSafetyTests : IDisposable
{
    private readonly TestFolder _folder = new();

    [Fact]
    public async Task A_backup_of_another_schema_or_with_bad_rows_is_refused_with_the_reason_and_exit_1_and_the_store_stays_empty()
    {
        var original = await ExportAsync();
        var cases = new Dictionary<string, (Action<JsonObject, Dictionary<string, List<string>>> Change, string Reason)>
        {
            ["renamed-column"] = ((m, t) => { Rename(m, "Articles", "Title:String", "Headline:String"); t["Articles"] = [.. t["Articles"].Select(l => l.Replace("\"Title\":", "\"Headline\":", StringComparison.Ordinal))]; }, "table Articles differs"),
            ["string-id"] = ((_, t) => t["Articles"][0] = Regex.Replace(t["Articles"][0], "\"Id\":\\d+", "\"Id\":\"one\""), "column Id holds string"),
            ["bad-guid"] = ((_, t) => t["Articles"][0] = Regex.Replace(t["Articles"][0], "\"Version\":\"[^\"]+\"", "\"Version\":\"not-a-guid\""), "column Version"),
            ["extra-column-v1"] = ((m, t) => { m["version"] = 1; m.Remove("columns"); t["Articles"][0] = "{\"Extra\":1," + t["Articles"][0][1..]; }, "has a column Extra"),
            ["missing-table-v1"] = ((m, t) => { m["version"] = 1; m.Remove("columns"); m["rows"]!.AsObject().Remove("Revisions"); t.Remove("Revisions"); }, "lacks tables"),
            ["huge-line"] = ((_, t) => t["Articles"][0] = Regex.Replace(t["Articles"][0], "\"Title\":\"[^\"]*\"", "\"Title\":\"" + new string('x', 40_000_000) + "\""), "longer than"),
        };
        var good = Sqlite("after-failures.db");
        foreach (var (name, (change, reason)) in cases)
        {
            var file = Tampered(original, name, change);
            var (code, output) = await WebNode.RunCommandAsync(["restore", file], good);

            Assert.True(code == 1, $"{name}: exit {code}\n{output}");
            Assert.True(output.Contains(reason, StringComparison.Ordinal), $"{name}: {output}");
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
            Assert.True(new FileInfo(file).Length < 2_000_000, $"{name}: the crafted backup is {new FileInfo(file).Length} bytes");
        }
        var (restored, restoreOutput) = await WebNode.RunCommandAsync(["restore", original], good);
        Assert.True(restored == 0, restoreOutput);
    }

    [Fact]
    public async Task An_export_and_the_sqlite_store_are_readable_by_their_owner_only()
    {
        var original = await ExportAsync();
        var store = Sqlite("restored.db");
        var (code, output) = await WebNode.RunCommandAsync(["restore", original], store);
        var again = Path.Combine(_folder.Path, "again.zip");
        var (exported, exportOutput) = await WebNode.RunCommandAsync(["export", again], store);

        Assert.True(code == 0, output);
        Assert.True(exported == 0, exportOutput);
        const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(original));
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(again));
        if (!TestStore.IsPostgres)
        {
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(_folder.Database));
        }
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(Path.Combine(_folder.Path, "restored.db")));
        Assert.All(Directory.GetFiles(_folder.Path, "*.db-*"), f => Assert.Equal(OwnerOnly, File.GetUnixFileMode(f)));
    }

    /// <summary>The seeds imported on SQLite, exported by the command.</summary>
    private async Task<string> ExportAsync()
    {
        await using (var app = new ArchiveApp(_folder))
        {
            await app.StartAsync();
        }
        var file = Path.Combine(_folder.Path, "original.zip");
        var (code, output) = await WebNode.RunCommandAsync(["export", file], new Dictionary<string, string>
        {
            ["Archive__DatabaseProvider"] = TestStore.Provider, ["ConnectionStrings__Archive"] = _folder.ConnectionString, ["Archive__ImportOnStartup"] = "false",
        });
        Assert.True(code == 0, output);
        return file;
    }

    private static void Rename(JsonObject manifest, string table, string from, string to)
    {
        var columns = manifest["columns"]![table]!.AsArray();
        var index = columns.Select(c => c!.GetValue<string>()).ToList().IndexOf(from);
        Assert.True(index >= 0, $"the manifest lists no {from} in {table}");
        columns[index] = to;
    }

    /// <summary>A copy of the backup with its manifest and tables changed as a backup of another version (or an intruder) would have them.</summary>
    private string Tampered(string original, string name, Action<JsonObject, Dictionary<string, List<string>>> change)
    {
        var file = Path.Combine(_folder.Path, name + ".zip");
        JsonObject manifest;
        var tables = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using (var zip = ZipFile.OpenRead(original))
        {
            using (var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open()))
            {
                manifest = JsonNode.Parse(reader.ReadToEnd())!.AsObject();
            }
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("tables/", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(entry.Open());
                tables[Path.GetFileNameWithoutExtension(entry.Name)] = [.. reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries)];
            }
        }
        change(manifest, tables);
        using (var zip = ZipFile.Open(file, ZipArchiveMode.Create))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("manifest.json").Open()))
            {
                writer.Write(manifest.ToJsonString());
            }
            foreach (var (table, lines) in tables)
            {
                using var writer = new StreamWriter(zip.CreateEntry($"tables/{table}.jsonl", CompressionLevel.SmallestSize).Open());
                writer.Write(string.Join('\n', lines) + "\n");
            }
        }
        return file;
    }

    private Dictionary<string, string> Sqlite(string name) => new()
    {
        ["Archive__DatabaseProvider"] = "Sqlite",
        ["ConnectionStrings__Archive"] = "Data Source=" + Path.Combine(_folder.Path, name),
        ["Archive__ImportOnStartup"] = "false",
    };

    public void Dispose() => _folder.Dispose();
}
