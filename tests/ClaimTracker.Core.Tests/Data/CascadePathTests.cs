using ClaimTracker.Core.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ClaimTracker.Core.Tests.Data;

/// <summary>
/// SQL Server refuses a schema where one table can be reached by two chains of ON DELETE actions
/// (or a cycle); SQLite accepts it. Walking the model here catches it before a SQL Server deployment does.
/// </summary>
public sealed class CascadePathTests
{
    [Fact]
    public void Model_has_no_multiple_cascade_paths()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        var edges = DatabaseActions(db.Model);

        var problems = new List<string>();
        foreach (var root in edges.Keys)
        {
            var paths = new Dictionary<string, int>();
            CountPaths(root, edges, paths, [root], problems);
            problems.AddRange(paths.Where(p => p.Value > 1).Select(p => $"{root} reaches {p.Key} by {p.Value} cascading paths"));
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Detects_two_cascading_paths_to_one_table()
    {
        var edges = new Dictionary<string, List<string>>
        {
            ["A"] = ["B", "C"],
            ["B"] = ["D"],
            ["C"] = ["D"],
        };
        var paths = new Dictionary<string, int>();

        CountPaths("A", edges, paths, ["A"], []);

        Assert.Equal(2, paths["D"]);
    }

    /// <summary>Principal table → dependent tables, for every foreign key the database itself acts on.</summary>
    private static Dictionary<string, List<string>> DatabaseActions(IModel model)
    {
        var edges = new Dictionary<string, List<string>>();
        foreach (var entity in model.GetEntityTypes())
        {
            foreach (var fk in entity.GetForeignKeys())
            {
                if (fk.DeleteBehavior is DeleteBehavior.Cascade or DeleteBehavior.SetNull)
                {
                    var principal = fk.PrincipalEntityType.GetTableName()!;
                    var dependent = fk.DeclaringEntityType.GetTableName()!;
                    if (!edges.TryGetValue(principal, out var list))
                    {
                        edges[principal] = list = [];
                    }

                    list.Add(dependent);
                }
            }
        }

        return edges;
    }

    private static void CountPaths(string table, Dictionary<string, List<string>> edges, Dictionary<string, int> paths, List<string> trail, List<string> problems)
    {
        foreach (var next in edges.GetValueOrDefault(table) ?? [])
        {
            if (trail.Contains(next))
            {
                problems.Add("cascade cycle: " + string.Join(" → ", trail.Append(next)));
                continue;
            }

            paths[next] = paths.GetValueOrDefault(next) + 1;
            CountPaths(next, edges, paths, [.. trail, next], problems);
        }
    }
}
