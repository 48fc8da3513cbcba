import ArgumentParser
import Foundation
import TestSupport
import Testing

@testable import guidepost

/// Issue 19 from the command line: absurd numbers, ids and options are refused with a message
/// that names the field, the process exits (never by a signal) and in good time. The exact exit
/// code is the central mapping's (another part of the issue); these assert only non-zero.
@Suite struct InputBoundsCommandTests {
    /// A scenario whose `window:` and `id:` lines the tests replace.
    static func scenario(id: String = "bounds", window: String = "imjin") -> String {
        """
        id: \(id)
        title: Bounds
        start: 2019-07-31T23:00:00+09:00
        duration: 10m
        window: \(window)
        actors: []
        """
    }

    /// Runs the built binary with `arguments` in `folder`, killing it after `timeout` seconds.
    static func run(
        _ arguments: [String], in folder: String, environment: [String: String] = [:], timeout: Double = 60
    ) throws -> (status: Int32, signalled: Bool, stderr: String, seconds: Double) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: guidepostBinary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        let started = Date()
        try process.run()
        // Read stderr while waiting, so a chatty child cannot block on a full pipe.
        let box = DataBox()
        let reading = DispatchGroup()
        reading.enter()
        DispatchQueue.global().async {
            box.data = errors.fileHandleForReading.readDataToEndOfFile()
            reading.leave()
        }
        while process.isRunning, Date().timeIntervalSince(started) < timeout { usleep(20_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        reading.wait()
        return (process.terminationStatus, process.terminationReason == .uncaughtSignal,
                String(decoding: box.data, as: UTF8.self), Date().timeIntervalSince(started))
    }

    final class DataBox: @unchecked Sendable { var data = Data() }

    @Test(
        .enabled(if: FileManager.default.isExecutableFile(atPath: guidepostBinary)),
        arguments: [
            ("{centre: [126.53, 33.45]}", "window.centre"),  // Jeju
            ("{centre: [125.2, 37.4]}", "window.centre"),  // beyond the western end
            ("{sector: imjin, d: [-3000000, 3000]}", "window.d"),
        ])
    func checkScenarioRefusesAWindowOffTheMDL(_ window: String, _ field: String) throws {
        let folder = try TemporaryFolder()
        try Self.scenario(window: window).write(toFile: folder.path("w.yaml"), atomically: true, encoding: .utf8)
        let r = try Self.run(["check-scenario", "w.yaml"], in: folder.url.path)
        #expect(!r.signalled, "exited by a signal: \(r.stderr)")
        #expect(r.status != 0)
        #expect(r.stderr.contains("w.yaml:5:"), "\(r.stderr)")
        #expect(r.stderr.contains(field), "\(r.stderr)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: guidepostBinary)))
    func runRefusesAnIdThatWouldWriteOutsideItsFolder() throws {
        let folder = try TemporaryFolder()
        let work = folder.path("work")
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        try Self.scenario(id: "../../escaped").write(toFile: folder.path("e.yaml"), atomically: true, encoding: .utf8)
        let r = try Self.run(["run", "../e.yaml", "--db", "ops.sqlite", "--quiet"], in: work, timeout: 300)
        #expect(!r.signalled, "exited by a signal: \(r.stderr)")
        #expect(r.status != 0)
        #expect(r.stderr.contains("id"), "\(r.stderr)")
        // Today's code wrote the run's files to work/escaped: outside its run-… folder.
        let outside = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
        #expect(outside == ["e.yaml", "work"], "written outside the working folder: \(outside)")
        let inWork = try FileManager.default.contentsOfDirectory(atPath: work)
        #expect(!inWork.contains("escaped") && !inWork.contains { $0.hasPrefix("run-") }, "written: \(inWork)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: guidepostBinary)))
    func aRunDurationOverTheLimitNamesTheVariableAndCanBeRaised() throws {
        let folder = try TemporaryFolder()
        let long = Self.scenario().replacingOccurrences(of: "duration: 10m", with: "duration: 1e300")
        try long.write(toFile: folder.path("l.yaml"), atomically: true, encoding: .utf8)
        let r = try Self.run(["check-scenario", "l.yaml"], in: folder.url.path)
        #expect(r.status != 0 && !r.signalled)
        #expect(r.stderr.contains("l.yaml:4:") && r.stderr.contains("GUIDEPOST_MAX_RUN_DURATION"), "\(r.stderr)")
        let tenDays = Self.scenario().replacingOccurrences(of: "duration: 10m", with: "duration: 10d")
        try tenDays.write(toFile: folder.path("t.yaml"), atomically: true, encoding: .utf8)
        #expect(try Self.run(["check-scenario", "t.yaml"], in: folder.url.path).status != 0)
        let raised = try Self.run(
            ["check-scenario", "t.yaml"], in: folder.url.path, environment: ["GUIDEPOST_MAX_RUN_DURATION": "1000000"])
        #expect(raised.status == 0, "\(raised.stderr)")
    }

    @Test(arguments: ["1e-9", "0.5", "1e9"])
    func trackRefusesAGatingCellOutsideItsRange(_ cell: String) {
        #expect {
            _ = try Guidepost.parseAsRoot(["track", "d.jsonl", "--cell", cell])
        } throws: { error in
            "\(Guidepost.message(for: error))".contains("--cell")
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: guidepostBinary)))
    func trackSkipsDetectionsWithAHugeCovarianceAndFinishesQuickly() throws {
        let folder = try TemporaryFolder()
        var lines: [String] = []
        for k in 0..<30 {
            let t = Double(k)
            for j in 0..<3 {
                lines.append(
                    #"{"t": \#(t), "sensor": "r\#(j)", "x": \#(1_000_000 + 500 * j), "y": 2000000, "cov": [[1e300, 0], [0, 1e300]]}"#)
            }
            lines.append(#"{"t": \#(t), "sensor": "ok", "x": 1000000, "y": \#(2_000_000 + k), "cov": [[25, 0], [0, 25]]}"#)
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: folder.path("d.jsonl"), atomically: true, encoding: .utf8)
        let r = try Self.run(["track", "d.jsonl", "--out", "tracks.jsonl"], in: folder.url.path, timeout: 60)
        #expect(!r.signalled, "exited by a signal: \(r.stderr)")
        #expect(r.seconds < 60, "track ran for \(r.seconds) s")
        #expect(r.stderr.contains("d.jsonl:1: cov:"), "the first huge covariance is reported: \(r.stderr.prefix(400))")
    }
}

/// The `guidepost` executable built beside the test bundle.
private let guidepostBinary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("guidepost").path
