using System.Data.Common;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ClaimTracker.Core.Importing;

/// <summary>
/// Inserts a batch of new articles with their claims, new sources and relations on SQLite through one prepared
/// INSERT per table, reused for every row. EF's SaveChanges prepares a statement per row on SQLite, which made
/// bulk imports several times slower. Columns, names and value conversions all come from the EF model, so the
/// rows are exactly what SaveChanges would write; the caller owns the transaction.
/// </summary>
internal sealed class SqliteBulkWriter : IDisposable
{
    private readonly RowInserter _sources;
    private readonly RowInserter _articles;
    private readonly RowInserter _claims;
    private readonly RowInserter _relations;

    public SqliteBulkWriter(ClaimTrackerDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The bulk writer runs inside the caller's transaction.");
        var sql = db.GetService<ISqlGenerationHelper>();
        _sources = new RowInserter(db.Model.FindEntityType(typeof(Source))!, connection, transaction, sql);
        _articles = new RowInserter(db.Model.FindEntityType(typeof(Article))!, connection, transaction, sql);
        _claims = new RowInserter(db.Model.FindEntityType(typeof(Claim))!, connection, transaction, sql);
        _relations = new RowInserter(db.Model.FindEntityType(typeof(ClaimRelation))!, connection, transaction, sql);
    }

    /// <summary>
    /// False when the model has grown something the writer cannot reproduce (a shadow property, a column the
    /// database fills in); the importer then falls back to SaveChanges rather than write different rows.
    /// </summary>
    public static bool CanWrite(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new[] { typeof(Source), typeof(Article), typeof(Claim), typeof(ClaimRelation) }
            .Select(model.FindEntityType)
            .All(type => type is not null
                && type.GetProperties().All(p => p.IsPrimaryKey() || (p.PropertyInfo is not null && p.ValueGenerated == ValueGenerated.Never)));
    }

    public async Task WriteAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        foreach (var article in articles)
        {
            article.Version = Guid.NewGuid();
            await _articles.InsertAsync(article, cancellationToken);
            foreach (var claim in article.Claims)
            {
                if (claim.Source is { Id: 0 } source)
                {
                    source.Version = Guid.NewGuid();
                    await _sources.InsertAsync(source, cancellationToken);
                }

                claim.ArticleId = article.Id;
                claim.SourceId = claim.Source?.Id;
                claim.Version = Guid.NewGuid();
                await _claims.InsertAsync(claim, cancellationToken);
            }

            foreach (var claim in article.Claims)
            {
                foreach (var relation in claim.OutgoingRelations)
                {
                    relation.FromClaimId = claim.Id;
                    relation.ToClaimId = relation.ToClaim!.Id;
                    await _relations.InsertAsync(relation, cancellationToken);
                }
            }
        }
    }

    public void Dispose()
    {
        _sources.Dispose();
        _articles.Dispose();
        _claims.Dispose();
        _relations.Dispose();
    }

    /// <summary>One table's INSERT … RETURNING the key, prepared once.</summary>
    private sealed class RowInserter : IDisposable
    {
        private readonly DbCommand _command;
        private readonly (IProperty Property, RelationalTypeMapping Mapping, string Parameter)[] _columns;
        private readonly IProperty _key;

        public RowInserter(IEntityType entityType, DbConnection connection, DbTransaction transaction, ISqlGenerationHelper sql)
        {
            var table = entityType.GetTableName()!;
            var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
            _key = entityType.FindPrimaryKey()!.Properties.Single();
            var properties = entityType.GetProperties().Where(p => p != _key).ToList();
            if (properties.Any(p => p.PropertyInfo is null))
            {
                throw new InvalidOperationException($"{entityType.DisplayName()} has a shadow property; the bulk writer cannot read it.");
            }

            _columns = properties.Select((p, i) => (p, (RelationalTypeMapping)p.GetTypeMapping(), $"@p{i}")).ToArray();
            _command = connection.CreateCommand();
            _command.Transaction = transaction;
            _command.CommandText =
                $"INSERT INTO {sql.DelimitIdentifier(table)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(store)!)))}) "
                + $"VALUES ({string.Join(", ", _columns.Select(c => c.Parameter))}) RETURNING {sql.DelimitIdentifier(_key.GetColumnName(store)!)};";
        }

        public async Task InsertAsync(object entity, CancellationToken cancellationToken)
        {
            _command.Parameters.Clear();
            foreach (var (property, mapping, parameter) in _columns)
            {
                // The mapping applies the model's converters (enums as names, UTC times, JSON lists) as SaveChanges does.
                _command.Parameters.Add(mapping.CreateParameter(_command, parameter, property.PropertyInfo!.GetValue(entity), property.IsNullable));
            }

            var key = await _command.ExecuteScalarAsync(cancellationToken);
            _key.PropertyInfo!.SetValue(entity, Convert.ChangeType(key, _key.ClrType, System.Globalization.CultureInfo.InvariantCulture));
        }

        public void Dispose() => _command.Dispose();
    }
}
