using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BelarusUsArchive.Web.Data;

/// <summary>
/// One statement the import runs for every row it writes (a paragraph, a mention), prepared once on the context's
/// connection and run again with new values inside whatever transaction is open. A statement is compiled when it is
/// prepared, in SQLite with every trigger it fires (the FTS index, the kept counts): sent afresh through EF for each
/// article, that compiling cost more than running it. The store's triggers still keep every count, as for any writer.
/// </summary>
public sealed class PreparedCommand(ArchiveDb db, string sql, params DbType[] types)
{
    private DbCommand? _command;
    private bool _prepared;

    /// <summary>Runs the statement with these values (in the order of its @p0, @p1, … placeholders); its first column of the first row, if any.</summary>
    public async Task<object?> ExecuteAsync(CancellationToken cancellationToken, params object?[] values)
    {
        if (db.Database.GetDbConnection().State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }
        var command = Command();
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        if (!db.Database.IsSqlite())
        {
            NulFreeText.Clean(command);
        }
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (command.Parameters.Count > 0 && !_prepared)
        {
            await command.PrepareAsync(cancellationToken);
            _prepared = true;
        }
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private DbCommand Command()
    {
        var connection = db.Database.GetDbConnection();
        if (_command?.Connection == connection)
        {
            return _command;
        }
        _command?.Dispose();
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        _prepared = false;
        for (var i = 0; i < types.Length; i++)
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            parameter.DbType = types[i];
            _command.Parameters.Add(parameter);
        }
        return _command;
    }
}
