import CoT
import Foundation
import GuidepostCore
import Testing

@testable import TakLink

/// `guidepost cot`: tracks and an alert log as the CoT stream the live link would send.
@Suite struct CotCommandTests {
    static let binary = ServeTakTests.binary

    static func run(_ args: [String]) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = args
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        while p.isRunning { usleep(10_000) }  // not waitUntilExit, which spins a run loop on Linux
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func tracksAndAlertsBecomeADeterministicCoTStream() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let p = CoTGeometry.planar(latitude: 38.6, longitude: 128.35)
        var tracks = ""
        for t in 0..<5 {
            tracks += "{\"t\": \(t * 2).0, \"track\": \"T1\", \"x\": \(p.x), \"y\": \(p.y - Double(t) * 2), \"vx\": 0, \"vy\": -1, \"class\": \"human\", \"p_class\": 0.9, \"t_mdl\": 120}\n"
            if t < 3 { tracks += "{\"t\": \(t * 2).0, \"track\": \"T2\", \"x\": \(p.x + 500), \"y\": \(p.y), \"vx\": 0.5, \"vy\": 0, \"class\": \"animal\", \"p_class\": 0.8}\n" }
            if t == 2 { tracks += "{\"t\": 4.0, \"track\": \"broken\n" }
        }
        try tracks.write(to: dir.appendingPathComponent("tracks.jsonl"), atomically: true, encoding: .utf8)
        let args = ["cot", "--tracks", dir.appendingPathComponent("tracks.jsonl").path, "--start", "2021-02-16T01:00:00+09:00"]
        let first = try Self.run(args)
        #expect(first.status == 65, "a refused line makes the bad-input status, the rest is converted: \(first.err)")
        #expect(first.err.contains("tracks.jsonl:7"), "the bad line is reported with its number: \(first.err)")
        let lines = first.out.split(separator: "\n")
        let events = try lines.map { try CoTXML.decode(Array($0.utf8)) }
        #expect(events.filter { $0.uid == "guidepost.track.T1" }.count == 5)
        #expect(!events.contains { $0.uid.hasSuffix("T2") }, "animals stay off unless --animals")
        // t = 0 is 2021-02-15T16:00:00Z: the zone is applied, and every event is UTC.
        #expect(events.first?.time.iso8601 == "2021-02-15T16:00:00.000Z")
        #expect(events.last?.time.iso8601 == "2021-02-15T16:00:08.000Z")
        let again = try Self.run(args)
        #expect(again.out == first.out, "the same files give the same bytes")
        let animals = try Self.run(args + ["--animals"])
        #expect(animals.out.contains("a-n-G"))
        let bad = try Self.run(["cot", "--tracks", dir.appendingPathComponent("tracks.jsonl").path, "--start", "yesterday"])
        #expect(bad.status != 0 && bad.err.contains("--start"))
    }
}
