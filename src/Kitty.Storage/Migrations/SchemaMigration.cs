namespace Kitty.Storage.Migrations;

/// <summary>One numbered schema change; versions are applied in ascending order, each exactly once.</summary>
public sealed record SchemaMigration(int Version, string Name, string Sql);
