using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace BelarusUsArchive.Web.Features.Search;

/// <summary>
/// <c>kept_bm25(table, column weights…, document counts…)</c>: FTS5's own bm25 (k1 1.2, b 0.75, the same idf with its
/// floor, the same column weights and document lengths), except that each phrase's document count is given, one argument
/// per phrase of the MATCH in the order they appear, instead of counted. FTS5's bm25 counts them by reading each phrase's
/// whole doclist once per statement, however few rows it scores: 137 ms for "Belarus" over 1.6 million paragraphs at
/// 100,000 articles, while the 1,000 newest matches themselves take 0.6 ms. The counts come from
/// <see cref="DocumentCounts"/>. Registered once per SQLite connection through FTS5's <c>fts5_api</c>, reached with
/// <c>SELECT fts5(?1)</c> and <c>sqlite3_bind_pointer</c>, which SQLitePCLRaw does not wrap, so they are called in the
/// same native library it loads (e_sqlite3).
/// </summary>
internal static unsafe partial class KeptBm25
{
    public const string Name = "kept_bm25";

    private const string Library = "e_sqlite3";
    private const double K1 = 1.2;
    private const double B = 0.75;

    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> Registered = [];

    /// <summary>Makes <see cref="Name"/> known to the connection's FTS5, once per native connection (FTS5 keeps a list and never replaces an entry).</summary>
    public static void EnsureRegistered(SqliteConnection connection)
    {
        var handle = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        lock (Registered)
        {
            if (Registered.TryGetValue(handle, out _))
            {
                return;
            }
            Register(handle.DangerousGetHandle());
            Registered.Add(handle, new object());
        }
    }

    private static void Register(nint db)
    {
        Fts5Api* api = null;
        nint statement;
        var sql = "SELECT fts5(?1)"u8;
        fixed (byte* text = sql)
        {
            Check(Sqlite3PrepareV2(db, text, sql.Length, &statement, 0), "prepare fts5(?1)");
        }
        try
        {
            fixed (byte* type = "fts5_api_ptr\0"u8)
            {
                Check(Sqlite3BindPointer(statement, 1, &api, type, 0), "bind fts5_api_ptr");
                Sqlite3Step(statement);
            }
        }
        finally
        {
            Sqlite3Finalize(statement);
        }
        if (api == null || api->Version < 2)
        {
            throw new InvalidOperationException("This SQLite has no FTS5 extension API.");
        }
        fixed (byte* name = "kept_bm25\0"u8)
        {
            Check(api->CreateFunction(api, name, 0, &Score, 0), "create kept_bm25");
        }
    }

    private static void Check(int code, string what)
    {
        if (code != 0)
        {
            throw new InvalidOperationException($"SQLite error {code}: {what}");
        }
    }

    [UnmanagedCallersOnly]
    private static void Score(Fts5ExtensionApi* api, nint fts, nint context, int count, nint* values)
    {
        try
        {
            var columns = api->ColumnCount(fts);
            var phrases = api->PhraseCount(fts);
            if (count != columns + phrases)
            {
                fixed (byte* message = "kept_bm25: give one weight per column and one document count per phrase"u8)
                {
                    Sqlite3ResultError(context, message, -1);
                }
                return;
            }
            long rows, tokens;
            int length, instances;
            if (api->RowCount(fts, &rows) != 0 || api->ColumnTotalSize(fts, -1, &tokens) != 0
                || api->ColumnSize(fts, -1, &length) != 0 || api->InstCount(fts, &instances) != 0)
            {
                Sqlite3ResultDouble(context, 0);
                return;
            }
            Sqlite3ResultDouble(context, -Sum(api, fts, values, columns, phrases, rows, tokens, length, instances));
        }
        catch (Exception)
        {
            Sqlite3ResultDouble(context, 0);
        }
    }

    private static double Sum(Fts5ExtensionApi* api, nint fts, nint* values, int columns, int phrases, long rows, long tokens, int length, int instances)
    {
        Span<double> frequency = phrases <= 64 ? stackalloc double[phrases] : new double[phrases];
        frequency.Clear();
        for (var i = 0; i < instances; i++)
        {
            int phrase, column, offset;
            if (api->Inst(fts, i, &phrase, &column, &offset) == 0 && column < columns)
            {
                frequency[phrase] += Sqlite3ValueDouble(values[column]);
            }
        }
        var average = rows > 0 ? (double)tokens / rows : 1.0;
        var norm = K1 * (1 - B + B * length / Math.Max(average, 1e-9));
        var score = 0.0;
        for (var p = 0; p < phrases; p++)
        {
            var documents = Sqlite3ValueDouble(values[columns + p]);
            var idf = Math.Log((rows - documents + 0.5) / (documents + 0.5));
            score += Math.Max(idf, 1e-6) * frequency[p] * (K1 + 1) / (frequency[p] + norm);
        }
        return score;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Fts5Api
    {
        public int Version;
        public nint CreateTokenizer;
        public nint FindTokenizer;
        public delegate* unmanaged<Fts5Api*, byte*, nint, delegate* unmanaged<Fts5ExtensionApi*, nint, nint, int, nint*, void>, nint, int> CreateFunction;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Fts5ExtensionApi
    {
        public int Version;
        public nint UserData;
        public delegate* unmanaged<nint, int> ColumnCount;
        public delegate* unmanaged<nint, long*, int> RowCount;
        public delegate* unmanaged<nint, int, long*, int> ColumnTotalSize;
        public nint Tokenize;
        public delegate* unmanaged<nint, int> PhraseCount;
        public nint PhraseSize;
        public delegate* unmanaged<nint, int*, int> InstCount;
        public delegate* unmanaged<nint, int, int*, int*, int*, int> Inst;
        public nint Rowid;
        public nint ColumnText;
        public delegate* unmanaged<nint, int, int*, int> ColumnSize;
    }

    [LibraryImport(Library, EntryPoint = "sqlite3_prepare_v2")]
    private static partial int Sqlite3PrepareV2(nint db, byte* sql, int length, nint* statement, nint tail);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_pointer")]
    private static partial int Sqlite3BindPointer(nint statement, int index, void* pointer, byte* type, nint destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_step")]
    private static partial int Sqlite3Step(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_finalize")]
    private static partial int Sqlite3Finalize(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_value_double")]
    private static partial double Sqlite3ValueDouble(nint value);

    [LibraryImport(Library, EntryPoint = "sqlite3_result_double")]
    private static partial void Sqlite3ResultDouble(nint context, double value);

    [LibraryImport(Library, EntryPoint = "sqlite3_result_error")]
    private static partial void Sqlite3ResultError(nint context, byte* message, int length);
}
