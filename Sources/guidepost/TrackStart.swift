import GuidepostCore

/// Where a tracked person is now: the latest position of one track in a tracker's output
/// (DESIGN.md tracks format), so guidance can start from a live track instead of a scenario's
/// planned route.
enum TrackStart {
    /// The last position of track `id` in the tracks file at `path` (EPSG:5179 metres), as
    /// WGS84. Bad lines are reported through `onError` and skipped.
    static func lastPosition(of id: String, in path: String, onError: (InputError) -> Void) throws -> GeoCoordinate {
        var errors: [InputError] = []
        let decoder = JSONLinesDecoder<TrackRecord>(
            reader: try JSONLinesReader(path: path), validate: { $0.problem }, onError: { errors.append($0) })
        var latest: TrackRecord?
        var seen: [String] = []
        for (_, record) in decoder {
            if record.track == id {
                if let previous = latest, record.t < previous.t { continue }
                latest = record
            } else if seen.count < 12, !seen.contains(record.track) {
                seen.append(record.track)
            }
        }
        errors.forEach(onError)
        guard let latest else {
            throw InputError(
                file: path, field: "track", reason: "no track '\(id)' in the file",
                hint: seen.isEmpty ? "the file holds no valid track lines" : "tracks in the file include \(seen.joined(separator: ", "))")
        }
        let g = TransverseMercator.epsg5179.inverse(latest.position)
        guard g.isInKoreanTheatre else {
            throw InputError(
                file: path, field: "track", reason: "track '\(id)' is not in EPSG:5179 near Korea (\(latest.x), \(latest.y))",
                hint: "guide works on the shipped border; give --from LON,LAT")
        }
        return g
    }
}
