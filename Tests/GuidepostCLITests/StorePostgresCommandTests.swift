import Foundation
import GuidepostCore
import Operations
import PostgresTestSupport
import StorePostgres
import TestSupport
import Testing

/// The kill -9 test of `StoreCommandTests`, against PostgreSQL (`--db postgres://…`): an
/// import killed with SIGKILL mid-way and rerun loses and duplicates nothing. Runs when
/// `GUIDEPOST_TEST_POSTGRES` is set (`tools/with-postgres.sh`), and fails rather than skips
/// when `GUIDEPOST_REQUIRE_POSTGRES=1` and the server is missing.
/// Time limits are 5 minutes, not 1: the limit counts time spent waiting for the cooperative
/// thread pool, and in the full release suite on 2 cores the whole-incident tests hold it for
/// about 90 s, so a 1-minute limit failed tests that had done their work in seconds. Each test
/// still cannot hang; promptness itself is asserted where it matters (the unreachable server).
@Suite(.enabled(if: PostgresTestServer.enabled, "set GUIDEPOST_TEST_POSTGRES (tools/with-postgres.sh) to run"))
struct StorePostgresCommandTests {
    @Test(.timeLimit(.minutes(5))) func killedMidImportIntoPostgresAndRerunLosesAndDuplicatesNothing() async throws {
        #expect(FileManager.default.isExecutableFile(atPath: StoreCommandTests.binary), "build the guidepost binary first")
        try await PostgresTestServer.withFreshDatabase { db in
            let dir = try TemporaryFolder()
            let file = dir.path("events.jsonl")
            let batch = 50
            let events = try StoreCommandTests.writeLog(file, extra: 40_000)
            let child = Process()
            child.executableURL = URL(fileURLWithPath: StoreCommandTests.binary)
            child.arguments = ["store", "import", file, "--db", db, "--batch", "\(batch)", "--verbose"]
            let progress = Pipe()
            child.standardOutput = FileHandle.nullDevice
            child.standardError = progress
            try child.run()
            // After 10 committed batches (`committed run-k#N` on stderr), SIGKILL the child; it
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
            try await withPostgresEventLog(url: db) { store in
                // The server rolls back the batch in flight when the killed client's session drops.
                let afterKill = try await store.events(run: "run-k")
                #expect(afterKill.count >= committed && afterKill.count < events.count, "killed after \(afterKill.count) of \(events.count)")
                #expect(afterKill.count % batch == 0, "only whole batches are committed: \(afterKill.count)")
                #expect(afterKill == Array(events.prefix(afterKill.count)), "what was committed is exactly the file's prefix")
                let (status, output) = try StoreCommandTests.launch(["store", "import", file, "--db", db, "--batch", "\(batch)"])
                #expect(status == 0, "\(output)")
                #expect(output.contains("imported \(events.count - afterKill.count) new of \(events.count) events"), "\(output)")
                let final = try await store.events(run: "run-k")
                #expect(final.count == events.count)
                #expect(final.map(\.seq) == Array(1...events.count), "contiguous, no duplicate")
                #expect(final == events)
            }
        }
    }

    @Test(.timeLimit(.minutes(5))) func aPasswordInTheURLIsNeverPrinted() throws {
        // A closed port: the open fails, and the message shows the URL with *** for the password.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: StoreCommandTests.binary)
        p.arguments = ["incidents", "--db", "postgres://ops:hunter2-secret@127.0.0.1:1/events"]
        let err = Pipe()
        p.standardOutput = FileHandle.nullDevice
        p.standardError = err
        try p.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus != 0)
        #expect(!text.contains("hunter2-secret"), "\(text)")
        #expect(text.contains("postgres://ops:***@127.0.0.1:1/events"), "\(text)")
        #expect(text.contains("127.0.0.1:1 cannot be reached"), "\(text)")
    }
}
