using Orleans.Storage;

namespace Kitty.Storage.GrainStorage;

/// <summary>Options of one named SQLite grain storage provider; the file itself is <c>ChatStoreOptions</c>'.</summary>
public sealed class SqliteGrainStorageOptions : IStorageProviderSerializerOptions
{
    /// <summary>The state serializer; when left unset, a serializer keyed by the provider's name, else Orleans' binary serializer.</summary>
    public IGrainStorageSerializer GrainStorageSerializer { get; set; } = null!;
}
