using System.Globalization;
using System.Reflection;

namespace Kitty.Storage.Migrations;

/// <summary>Reads the <c>NNNN_name.sql</c> scripts embedded under a resource prefix, in version order.</summary>
internal static class EmbeddedMigrations
{
    public static IReadOnlyList<SchemaMigration> Load(string resourcePrefix)
    {
        var assembly = typeof(EmbeddedMigrations).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(resourcePrefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Load(assembly, resourcePrefix, name))
            .OrderBy(m => m.Version)
            .ToList();
        if (migrations.Select(m => m.Version).Distinct().Count() != migrations.Count)
        {
            throw new InvalidOperationException($"Two migrations under {resourcePrefix} share a version number.");
        }

        return migrations;
    }

    private static SchemaMigration Load(Assembly assembly, string resourcePrefix, string resourceName)
    {
        var fileName = resourceName[resourcePrefix.Length..^".sql".Length];
        var separator = fileName.IndexOf('_', StringComparison.Ordinal);
        var version = int.Parse(fileName[..separator], NumberStyles.None, CultureInfo.InvariantCulture);
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return new SchemaMigration(version, fileName[(separator + 1)..], reader.ReadToEnd());
    }
}
