import ArgumentParser
import Foundation
import GuidepostCore
import Operations
import StoreSQLite
import TestSupport
import Testing
@testable import guidepost

/// `guidepost store`, `incidents` and `report` against stores filled by the tests, and the
/// kill -9 test: an import killed mid-way and rerun loses and duplicates nothing.
@Suite struct StoreCommandTests {
    static let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("guidepost").path

    /// Runs the binary, returning status and stdout.
    static func launch(_ arguments: [String]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// A log file: the sample run (an incident to custody) then `extra` synthetic notes.
    static func writeLog(_ path: String, extra: Int) throws -> [OperationsEvent] {
        var events = EventLogConformance.sampleRun("run-k")
        for k in 0..<extra {
            events.append(OperationsEvent(run: "run-k", seq: events.count + 1, t: 700 + Double(k), kind: .note("synthetic \(k)")))
        }
        try Data(events.map { $0.jsonLine + "\n" }.joined().utf8).write(to: URL(fileURLWithPath: path))
        return events
    }

    @Test func killedMidImportAndRerunLosesAndDuplicatesNothing() async throws {
        let dir = try TemporaryFolder()
        let db = dir.path("store.sqlite")
        try await Self.killMidImportAndRerun(db: db, in: dir, read: { try await SQLiteEventLog(path: db).events(run: $0) })
    }

    /// Imports 40,010 events into `db` in batches of 50, SIGKILLs the import after 10 committed
    /// batches, checks that the store holds exactly a prefix of whole batches (read back with
    /// `read`), reruns the import and checks it completes the log with no gap or duplicate.
    static func killMidImportAndRerun(
        db: String, in dir: TemporaryFolder, read: (RunID) async throws -> [OperationsEvent]
    ) async throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary), "build the guidepost binary first")
        let file = dir.path("events.jsonl")
        let batch = 50
        let events = try Self.writeLog(file, extra: 40_000)
        let child = Process()
        child.executableURL = URL(fileURLWithPath: Self.binary)
        child.arguments = ["store", "import", file, "--db", db, "--batch", "\(batch)", "--verbose"]
        let progress = Pipe()
        child.standardOutput = FileHandle.nullDevice
        child.standardError = progress
        try child.run()
        // Read the child's `committed run-k#N` lines; after 10 batches, SIGKILL it. The child
        // blocks on a full pipe if we stop reading, so it cannot finish behind our back.
        var committed = 0
        var buffer = Data()
        let reader = progress.fileHandleForReading
        while committed < 10 * batch {
            let chunk = reader.availableData
            if chunk.isEmpty { break }  // the child exited
            buffer += chunk
            let lines = String(decoding: buffer, as: UTF8.self).split(separator: "\n")
            if let last = lines.last(where: { $0.hasPrefix("committed run-k#") }), let n = Int(last.dropFirst(16)) { committed = n }
        }
        let killedMidway = child.isRunning
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(killedMidway, "the import finished before it could be killed; make the log longer")
        #expect(child.terminationReason == .uncaughtSignal)
        // (PostgreSQL rolls back the batch in flight when the killed client's session drops.)
        let afterKill = try await read("run-k")
        #expect(afterKill.count >= committed && afterKill.count < events.count, "killed after \(afterKill.count) of \(events.count)")
        #expect(afterKill.count % batch == 0, "only whole batches are committed: \(afterKill.count)")
        #expect(afterKill == Array(events.prefix(afterKill.count)), "what was committed is exactly the file's prefix")
        // Rerun to completion.
        let (status, output) = try Self.launch(["store", "import", file, "--db", db, "--batch", "\(batch)"])
        #expect(status == 0, "\(output)")
        #expect(output.contains("imported \(events.count - afterKill.count) new of \(events.count) events"), "\(output)")
        let final = try await read("run-k")
        #expect(final.count == events.count)
        #expect(final.map(\.seq) == Array(1...events.count), "contiguous, no duplicate")
        #expect(final == events)
    }

    /// A store holding the sample run, for `incidents` and `report`.
    static func filledStore(_ dir: TemporaryFolder) async throws -> String {
        let db = dir.path("store.sqlite")
        try await SQLiteEventLog(path: db).append(EventLogConformance.sampleRun("run-a"))
        return db
    }

    @Test func incidentsListsAndShowsWhatTheStoreHolds() async throws {
        let dir = try TemporaryFolder()
        let db = try await Self.filledStore(dir)
        let (status, list) = try Self.launch(["incidents", "--db", db])
        #expect(status == 0)
        #expect(list.contains("run run-a: synthetic, 10 events, 1 alerts"), "\(list)")
        #expect(list.contains("I-1  secured  opened 2025-10-19 07:00 (UTC+09:00)  5 transitions"), "\(list)")
        let (showStatus, show) = try Self.launch(["incidents", "show", "I-1", "--db", db])
        #expect(showStatus == 0)
        #expect(show.contains("guiding → secured  [custody_secured]"), "\(show)")
        let (missing, _) = try Self.launch(["incidents", "show", "I-404", "--db", db])
        #expect(missing != 0)
    }

    @Test func reportWritesEveryKindInBothFormats() async throws {
        let dir = try TemporaryFolder()
        let db = try await Self.filledStore(dir)
        let out = dir.path("reports")
        for format in ["md", "html"] {
            let command = try Guidepost.parseAsRoot(["report", "I-1", "--db", db, "--format", format, "--out", out])
            guard var run = command as? any AsyncParsableCommand else { Issue.record("not async"); return }
            try await run.run()
        }
        for kind in ReportKind.allCases {
            for ext in ["md", "html"] {
                let text = try String(contentsOfFile: "\(out)/I-1-\(kind.rawValue).\(ext)", encoding: .utf8)
                #expect(!text.isEmpty)
            }
        }
        let press = try String(contentsOfFile: "\(out)/I-1-press-statement.md", encoding: .utf8)
        #expect(press.contains("secured custody of the person at about 07:11"), "\(press)")
        #expect(throws: (any Error).self) { try Guidepost.parseAsRoot(["report", "I-1", "--kind", "memo"]) }
    }

    @Test func reportWithholdsACaseworkSubjectsDetails() async throws {
        let dir = try TemporaryFolder()
        let db = dir.path("store.sqlite")
        var events = EventLogConformance.sampleRun("run-w")
        events[2].kind = .alertAcknowledged(alert: "A1", reason: "operator recognised Quellar Vonstrand of Unit 5521")
        try await SQLiteEventLog(path: db).append(events)
        let subject = dir.path("subject.json")
        try Data(#"{"name": "Quellar Vonstrand", "birthDate": "1990-01-02", "unit": "Unit 5521"}"#.utf8)
            .write(to: URL(fileURLWithPath: subject))
        let (plainStatus, plain) = try Self.launch(["report", "I-1", "--db", db, "--kind", "after-action"])
        #expect(plainStatus == 0 && plain.contains("Vonstrand"), "without --withhold the free text shows")
        let (status, withheld) = try Self.launch(["report", "I-1", "--db", db, "--kind", "after-action", "--withhold", subject])
        #expect(status == 0)
        #expect(!withheld.contains("Vonstrand") && !withheld.contains("Quellar") && !withheld.contains("5521"))
        #expect(withheld.contains("operator recognised [withheld] of [withheld]"), "\(withheld)")
    }

    @Test func importReportsABadLineAndAConflict() async throws {
        let dir = try TemporaryFolder()
        let db = dir.path("s.sqlite")
        let good = EventLogConformance.sampleRun("r")
        let file = dir.path("bad.jsonl")
        try Data((good.prefix(3).map(\.jsonLine) + ["{not json"]).joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: file))
        let (status, out) = try Self.launch(["store", "import", file, "--db", db])
        #expect(status == ExitStatus.badInput, "a refused line is bad input; a conflict (below) is another failure")
        #expect(out.contains("imported 3 new of 3 events"))
        var changed = good[1]
        changed.t = 99
        try Data(changed.jsonLine.utf8).write(to: URL(fileURLWithPath: file))
        let (conflict, _) = try Self.launch(["store", "import", file, "--db", db])
        #expect(conflict == 1)
        #expect(try await SQLiteEventLog(path: db).events(run: "r") == Array(good.prefix(3)))
    }
}
