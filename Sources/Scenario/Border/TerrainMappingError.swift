/// A terrain override that cannot be turned into a Border feature; `field` is relative to the
/// `terrain[i]` entry.
struct TerrainMappingError: Error {
    var field: String
    var reason: String
}
