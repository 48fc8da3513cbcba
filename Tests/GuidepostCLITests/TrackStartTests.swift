import ArgumentParser
import Foundation
import GuidepostCore
import Testing

@testable import guidepost

@Suite struct TrackStartTests {
    private func file(_ lines: [String]) throws -> String {
        let path = NSTemporaryDirectory() + "guidepost-tracks-\(UUID().uuidString).jsonl"
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func theLatestPositionOfTheTrackIsTheStart() throws {
        let imjin = TransverseMercator.epsg5179.forward(GeoCoordinate(longitude: 126.9985, latitude: 38.2268))
        let later = Point(x: imjin.x + 100, y: imjin.y - 300)
        let path = try file([
            TrackRecord(t: 10, track: "T1", x: imjin.x, y: imjin.y, vx: 0, vy: -1, targetClass: .human, classProbability: 0.9).jsonLine,
            TrackRecord(t: 30, track: "T1", x: later.x, y: later.y, vx: 0, vy: -1, targetClass: .human, classProbability: 0.9).jsonLine,
            "{\"t\": 31, \"track\": \"T1\", \"x\": \"corrupt\"}",
            TrackRecord(t: 20, track: "T2", x: 0, y: 0, vx: 0, vy: 0, targetClass: .animal, classProbability: 0.8).jsonLine,
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        var errors: [InputError] = []
        let g = try TrackStart.lastPosition(of: "T1", in: path) { errors.append($0) }
        #expect(TransverseMercator.epsg5179.forward(g).distance(to: later) < 0.01)
        #expect(errors.map(\.line) == [3])
    }

    @Test func anUnknownTrackNamesTheOnesThere() throws {
        let path = try file([TrackRecord(t: 1, track: "T7", x: 1, y: 2, vx: 0, vy: 0, targetClass: .human, classProbability: 1).jsonLine])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            _ = try TrackStart.lastPosition(of: "T9", in: path) { _ in }
        } throws: { error in
            "\(error)".contains("no track 'T9'") && "\(error)".contains("T7")
        }
    }

    @Test func trackAndTracksGoTogetherAndExcludeFrom() {
        #expect(throws: (any Error).self) { try Guidepost.Guide.parse(["x", "--track", "T1"]) }
        #expect(throws: (any Error).self) { try Guidepost.Guide.parse(["x", "--track", "T1", "--tracks", "t.jsonl", "--from", "127,38"]) }
        #expect((try? Guidepost.Guide.parse(["x", "--track", "T1", "--tracks", "t.jsonl"])) != nil)
    }
}
