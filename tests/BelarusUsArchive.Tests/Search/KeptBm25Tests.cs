#if !ARCHIVE_POSTGRES // SQLite's FTS5 alone
using System.Globalization;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Features.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Tests.Search;

/// <summary>
/// kept_bm25, the FTS5 function search ranks with at scale, against FTS5's own bm25 on a real SQLite file: given each
/// phrase's true document count it must score every row exactly as bm25 does, for one word, a phrase, a prefix, OR'd
/// spellings and weighted columns alike.
/// </summary>
public class KeptBm25Tests
{
    private static readonly string[] Titles =
    [
        "Sanctions on potash", "Minsk and Washington", "Political prisoners released", "Belarus at the United Nations",
        "The embassy reopens", "Sanctioned refineries", "Krauchenka in Washington", "A quiet year",
    ];

    private static readonly string[] Bodies =
    [
        "Belarus and the United States discussed sanctions on potash and the release of political prisoners in Minsk.",
        "The embassy in Minsk reopened; Belarus welcomed the step while sanctions stayed.",
        "Political prisoners were released after talks, and more political prisoners remain behind bars in Belarus.",
        "Nothing about the matter here at all, only weather and harvest news from the regions.",
        "Kravchenko met officials in Washington; Krauchenka, as the Belarusian press spells him, spoke of sanctions.",
        "Belarus Belarus Belarus: a short text that repeats one word.",
        "A long account of a long year in which the delegations met, talked, parted and met again over trade and visas.",
        "Sanctioning bodies and sanctioned firms were listed by the Treasury in a notice.",
    ];

    [Theory]
    [InlineData("\"belarus\"")]
    [InlineData("\"political prisoners\"")]
    [InlineData("\"sanction\"*")]
    [InlineData("(\"krauchenka\" OR \"kravchenko\") AND \"washington\"")]
    [InlineData("\"minsk\" AND \"belarus\"")]
    public void Given_true_document_counts_it_scores_every_row_as_bm25_does(string match)
    {
        using var folder = new TestFolder(withSeeds: false);
        using var connection = new SqliteConnection($"Data Source={folder.Database}");
        connection.Open();
        Execute(connection, "CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize='porter unicode61 remove_diacritics 2')");
        for (var i = 0; i < 40; i++)
        {
            Execute(connection, "INSERT INTO t(title, body) VALUES ($a, $b)", Titles[i % Titles.Length], Bodies[(i * 3) % Bodies.Length] + " " + Bodies[i % Bodies.Length]);
        }
        KeptBm25.EnsureRegistered(connection);
        var phrases = Phrases(match);
        var counts = phrases.Select(p => Convert.ToInt64(Scalar(connection, "SELECT count(*) FROM t WHERE t MATCH $a", p), CultureInfo.InvariantCulture)).ToList();
        var sql = $"SELECT bm25(t, 4.0, 2.0), kept_bm25(t, 4.0, 2.0, {string.Join(", ", counts)}) FROM t WHERE t MATCH $a";

        var rows = Rows(connection, sql, match);

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(r.Bm25, r.Kept, 1e-9));
        Assert.Contains(rows, r => r.Bm25 != rows[0].Bm25);
    }

    [Fact]
    public void A_wrong_number_of_arguments_is_an_error_rather_than_a_silent_score()
    {
        using var folder = new TestFolder(withSeeds: false);
        using var connection = new SqliteConnection($"Data Source={folder.Database}");
        connection.Open();
        Execute(connection, "CREATE VIRTUAL TABLE t USING fts5(body)");
        Execute(connection, "INSERT INTO t(body) VALUES ($a)", "Belarus and the United States");
        KeptBm25.EnsureRegistered(connection);
        KeptBm25.EnsureRegistered(connection);

        var error = Assert.Throws<SqliteException>(() => Rows(connection, "SELECT 0.0, kept_bm25(t, 1.0) FROM t WHERE t MATCH $a", "\"belarus\""));
        Assert.Contains("one document count per phrase", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_counts_are_exact_under_the_bound_and_estimated_from_the_matches_density_beyond_it()
    {
        using var folder = new TestFolder(withSeeds: false);
        using (var connection = new SqliteConnection($"Data Source={folder.Database}"))
        {
            connection.Open();
            Execute(connection, "CREATE VIRTUAL TABLE t USING fts5(body)");
            using var transaction = connection.BeginTransaction();
            // 30,000 rows: "common" in every other one (15,000, over the bound), "rare" in every thousandth (30).
            for (var i = 0; i < 30_000; i++)
            {
                Execute(connection, "INSERT INTO t(body) VALUES ($a)", (i % 2 == 0 ? "common words here" : "other words here") + (i % 1000 == 0 ? " rare" : ""));
            }
            transaction.Commit();
        }
        await using var db = new BelarusUsArchive.Web.Data.ArchiveDb(new DbContextOptionsBuilder<BelarusUsArchive.Web.Data.ArchiveDb>()
            .UseSqlite(folder.ConnectionString).Options);

        var counts = await DocumentCounts.InAsync(db, "t", 1, 30_000, ["\"rare\"", "\"common\"", "\"words here\"", "\"absent\""], CancellationToken.None);

        Assert.Equal(30, counts[0]);
        Assert.InRange(counts[1], 14_250, 15_750);
        Assert.InRange(counts[2], 28_500, 30_000);
        Assert.Equal(0, counts[3]);
    }

    /// <summary>The phrases of a MATCH expression in order: each quoted string with its trailing star.</summary>
    private static List<string> Phrases(string match) =>
        [.. System.Text.RegularExpressions.Regex.Matches(match, "\"[^\"]*\"\\*?").Select(m => m.Value)];

    private static void Execute(SqliteConnection connection, string sql, params string[] values)
    {
        using var command = Command(connection, sql, values);
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql, params string[] values)
    {
        using var command = Command(connection, sql, values);
        return command.ExecuteScalar();
    }

    private static List<(double Bm25, double Kept)> Rows(SqliteConnection connection, string sql, string match)
    {
        using var command = Command(connection, sql, match);
        using var reader = command.ExecuteReader();
        var rows = new List<(double, double)>();
        while (reader.Read())
        {
            rows.Add((reader.GetDouble(0), reader.GetDouble(1)));
        }
        return rows;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] values)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue(i == 0 ? "$a" : "$b", values[i]);
        }
        return command;
    }
}
#endif
