import StoreCore
import Foundation
import GuidepostCore
import Operations
import StoreSQLite
import TestSupport
import Testing

/// The conformance suite against the in-memory store and SQLite (a temporary file).
@Suite struct EventLogConformanceTests {
    @Test func inMemoryStorePassesTheSuite() async {
        let failures = await EventLogConformance.failures(of: InMemoryEventLog())
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test func sqliteStorePassesTheSuite() async throws {
        let dir = try TemporaryFolder()
        let failures = await EventLogConformance.failures(of: try SQLiteEventLog(path: dir.path("events.sqlite")))
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test func sqliteKeepsEventsAcrossReopening() async throws {
        let dir = try TemporaryFolder()
        let path = dir.path("events.sqlite")
        let run = EventLogConformance.sampleRun("r")
        try await SQLiteEventLog(path: path).append(run)
        let reopened = try SQLiteEventLog(path: path)
        #expect(try await reopened.events(run: "r") == run)
        #expect(try await reopened.append(run) == 0)
    }

    @Test func sqliteRefusesUpdatesAndDeletesByTrigger() async throws {
        let dir = try TemporaryFolder()
        let path = dir.path("events.sqlite")
        try await SQLiteEventLog(path: path).append(EventLogConformance.sampleRun("r"))
        // Outside the adapter, straight through the sqlite3 shell if present; else skip.
        let shell = ["/usr/bin/sqlite3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let shell else { return }
        for sql in ["DELETE FROM event;", "UPDATE event SET t = 0;"] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: shell)
            p.arguments = [path, sql]
            p.standardError = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            #expect(p.terminationStatus != 0, "\(sql) should be refused")
        }
        #expect(try await SQLiteEventLog(path: path).lastSequence(run: "r") == 10)
    }

    @Test func unwritableFolderIsUnavailable() {
        #expect(throws: StoreError.self) { try SQLiteEventLog(path: "/nonexistent-folder/x/events.sqlite") }
        do {
            _ = try SQLiteEventLog(path: "/nonexistent-folder/x/events.sqlite")
        } catch {
            #expect(error.code == .unavailable)
        }
    }

    @Test func aFileThatIsNotADatabaseIsCorrupt() throws {
        let dir = try TemporaryFolder()
        let path = dir.path("garbage.sqlite")
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: path))
        do {
            _ = try SQLiteEventLog(path: path)
            Issue.record("opened a non-database file")
        } catch {
            #expect(error.code == .corrupt, "\(error)")
        }
    }
}
