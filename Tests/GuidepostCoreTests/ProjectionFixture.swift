import Foundation
import TestSupport

/// One row of Fixtures/projection.csv, written by tools/make-projection-fixture.py from PROJ
/// (pyproj, EPSG:4326 → EPSG:5179, always_xy) and the `mgrs` package (GEOTRANS).
struct ProjectionFixtureRow: Sendable {
    let line: Int
    let lon: Double
    let lat: Double
    let x: Double
    let y: Double
    let mgrs: String
}

enum ProjectionFixture {
    static let path = repositoryRoot() + "/Tests/GuidepostCoreTests/Fixtures/projection.csv"

    /// The rows, or the reason the file could not be read (tests fail with it).
    static let rows: Result<[ProjectionFixtureRow], FixtureError> = load()

    struct FixtureError: Error, CustomStringConvertible {
        let description: String
    }

    private static func load() -> Result<[ProjectionFixtureRow], FixtureError> {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            return .failure(FixtureError(description: "cannot read \(path); run tools/make-projection-fixture.py"))
        }
        var rows: [ProjectionFixtureRow] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("lon,") { continue }
            let f = line.split(separator: ",").map(String.init)
            guard f.count == 5, let lon = Double(f[0]), let lat = Double(f[1]), let x = Double(f[2]),
                let y = Double(f[3])
            else { return .failure(FixtureError(description: "\(path):\(index + 1): malformed row '\(line)'")) }
            rows.append(ProjectionFixtureRow(line: index + 1, lon: lon, lat: lat, x: x, y: y, mgrs: f[4]))
        }
        return .success(rows)
    }
}

/// One row of Fixtures/mgrs-world.csv: a point anywhere in −80...84°, a precision, and the
/// `mgrs` package's reference for it.
struct MGRSWorldRow: Sendable {
    let line: Int
    let lon: Double
    let lat: Double
    let digits: Int
    let mgrs: String
}

enum MGRSWorldFixture {
    static let path = repositoryRoot() + "/Tests/GuidepostCoreTests/Fixtures/mgrs-world.csv"

    static let rows: Result<[MGRSWorldRow], ProjectionFixture.FixtureError> = {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            return .failure(.init(description: "cannot read \(path); run tools/make-projection-fixture.py"))
        }
        var rows: [MGRSWorldRow] = []
        for (index, raw) in text.split(separator: "\n").enumerated() {
            if raw.hasPrefix("#") || raw.hasPrefix("lon,") { continue }
            let f = raw.split(separator: ",").map(String.init)
            guard f.count == 4, let lon = Double(f[0]), let lat = Double(f[1]), let digits = Int(f[2]) else {
                return .failure(.init(description: "\(path):\(index + 1): malformed row '\(raw)'"))
            }
            rows.append(MGRSWorldRow(line: index + 1, lon: lon, lat: lat, digits: digits, mgrs: f[3]))
        }
        return .success(rows)
    }()
}
