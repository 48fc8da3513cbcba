import ArgumentParser
import Foundation
import GuidepostCore
import Operations
import StoreCore
import TestSupport
import Testing
@testable import guidepost

/// What a user sees when a command fails: one message naming the file, line, field or option
/// and what to do, never the usage text or a Foundation dump, and an exit status that says what
/// kind of failure it was (README, "Exit codes").
@Suite struct ExitStatusCommandTests {
    static let scenario = "2019-07-31-imjin-river-float"

    /// A store holding the sample run (incident I-1), imported through the binary.
    static func store(in dir: TemporaryFolder) throws -> String {
        let file = dir.path("events.jsonl"), db = dir.path("store.sqlite")
        try Data(EventLogConformance.sampleRun("run-s").map { $0.jsonLine + "\n" }.joined().utf8).write(to: URL(fileURLWithPath: file))
        let r = try GuidepostProcess.run(["store", "import", file, "--db", db])
        #expect(r.status == 0, "\(r.err)")
        return db
    }

    func expectNoDump(_ r: GuidepostProcess, _ what: Comment) {
        #expect(!r.signalled, what)
        #expect(!r.err.contains("Usage:"), "a runtime failure prints no usage text: \(r.err)")
        #expect(!r.err.contains("NSCocoaErrorDomain") && !r.err.contains("DecodingError"), "no raw dump: \(r.err)")
    }

    @Test(.enabled(if: GuidepostProcess.available))
    func readingAMistypedStoreCreatesNothingAndSaysSo() throws {
        let dir = try TemporaryFolder()
        let typo = dir.path("opps.sqlite")
        for args in [["incidents", "list", "--db", typo], ["incidents", "show", "I-1", "--db", typo], ["report", "I-1", "--db", typo],
            ["store", "export", "--db", typo]]
        {
            let r = try GuidepostProcess.run(args)
            #expect(r.status == ExitStatus.missingInput, "\(args): \(r.status) \(r.err)")
            #expect(r.err.contains(typo) && r.err.contains("--db"), "\(r.err)")
            expectNoDump(r, "\(args)")
            #expect(!FileManager.default.fileExists(atPath: typo), "reading must not create \(typo)")
        }
    }

    @Test(.enabled(if: GuidepostProcess.available))
    func runtimeFailuresHaveTheirOwnStatusAndOneClearLine() throws {
        let dir = try TemporaryFolder()
        let db = try Self.store(in: dir)
        // A subject file missing a field: bad input, naming the field.
        try Data(#"{"name": "Kim"}"#.utf8).write(to: URL(fileURLWithPath: dir.path("subject.json")))
        var r = try GuidepostProcess.run(["report", "I-1", "--db", db, "--withhold", dir.path("subject.json")])
        #expect(r.status == ExitStatus.badInput, "\(r.err)")
        #expect(r.err.contains("subject.json") && r.err.contains("birthDate"), "\(r.err)")
        expectNoDump(r, "withhold")
        // A subject file that is not there: missing input.
        r = try GuidepostProcess.run(["report", "I-1", "--db", db, "--withhold", dir.path("none.json")])
        #expect(r.status == ExitStatus.missingInput, "\(r.err)")
        expectNoDump(r, "missing withhold")
        // An incident the store does not hold.
        r = try GuidepostProcess.run(["report", "I-9", "--db", db])
        #expect(r.status == ExitStatus.badInput && r.err.contains("I-9"), "\(r.err)")
        expectNoDump(r, "no incident")
        // An output that cannot be written.
        r = try GuidepostProcess.run(["report", "I-1", "--db", db, "--out", "/proc/guidepost-cannot-write"])
        #expect(r.status == ExitStatus.cannotWrite, "\(r.err)")
        expectNoDump(r, "unwritable --out")
        // A folder given as an input file is not an empty file.
        let tracks = dir.path("tracks.jsonl")
        try Data(TrackRecord(t: 0, track: "T1", x: 0, y: 0, vx: 0, vy: 0, targetClass: .human, classProbability: 1).jsonLine.utf8)
            .write(to: URL(fileURLWithPath: tracks))
        r = try GuidepostProcess.run(["score", dir.url.path, tracks])
        #expect(r.status == ExitStatus.missingInput && r.err.contains("folder"), "\(r.err)")
        r = try GuidepostProcess.run(["track", dir.url.path, "--out", dir.path("t.jsonl")])
        #expect(r.status == ExitStatus.missingInput && r.err.contains("folder"), "\(r.err)")
        // A wrong option is still usage (64), with the usage text.
        r = try GuidepostProcess.run(["score", tracks, tracks, "--p", "0.5"])
        #expect(r.status == ExitStatus.usage && r.err.contains("Usage"), "\(r.err)")
    }

    @Test(.enabled(if: GuidepostProcess.available))
    func aHugeValueIsNotEchoedWhole() throws {
        let dir = try TemporaryFolder()
        let truth = dir.path("truth.jsonl"), tracks = dir.path("tracks.jsonl")
        let value = String(repeating: "h", count: 900_000)  // under the 1 MiB line limit, so the field is read and refused
        try Data("{\"t\": 0, \"id\": \"p\", \"x\": 1, \"y\": 2, \"kind\": \"\(value)\"}\n".utf8).write(to: URL(fileURLWithPath: truth))
        try Data().write(to: URL(fileURLWithPath: tracks))
        let r = try GuidepostProcess.run(["score", truth, tracks])
        #expect(r.status == ExitStatus.badInput, "\(r.err.prefix(500))")
        #expect(r.err.utf8.count < 4_000, "the error echoes \(r.err.utf8.count) bytes")
        #expect(r.err.contains("truth.jsonl:1") && r.err.contains("kind"), "\(r.err.prefix(500))")
    }

    @Test(.enabled(if: GuidepostProcess.available))
    func guideBlamesTheStartThatIsOffTheBorder() throws {
        // Jeju, in Korea but 300 km from the DMZ.
        let r = try GuidepostProcess.run(["guide", Self.scenario, "--from", "126.53,33.36"])
        #expect(r.status == ExitStatus.badInput, "\(r.err)")
        #expect(r.err.contains("--from") && !r.err.contains("--cell"), "\(r.err)")
        expectNoDump(r, "guide --from")
    }

    /// `--help` prints the help and exits 0, for the tool and for a command (it had printed
    /// ArgumentParser's internal help request as a failure since the mapping went in).
    @Test(.enabled(if: GuidepostProcess.available))
    func helpIsPrintedAndIsASuccess() throws {
        for arguments in [["--help"], ["run", "--help"], ["score-alerts", "--help"], ["help", "coords"]] {
            let r = try GuidepostProcess.run(arguments)
            #expect(r.status == 0 && !r.signalled, "\(arguments): \(r.status) \(r.err)")
            #expect(r.out.contains("USAGE:"), "\(arguments): \(r.out)")
            #expect(!r.err.contains("CommandError"), "\(arguments): \(r.err)")
        }
        let run = try GuidepostProcess.run(["run", "--help"])
        #expect(run.out.contains("--operators") && run.out.contains("--look"))
    }

    @Test func theMappingIsOnePlaceForEveryKindOfFailure() {
        #expect(ExitStatus(CommandFailure(.badInput, "x")).code == 65)
        #expect(ExitStatus(InputError(file: "f", reason: "r")).code == 65)
        #expect(ExitStatus(InputError(file: "f", reason: "r", kind: .unreadable)).code == 66)
        #expect(ExitStatus(InputError(file: "f", reason: "r", kind: .unwritable)).code == 73)
        #expect(ExitStatus(ExitCode(2)).code == 2)
        #expect(ExitStatus(ExitCode(2)).message == nil)
        #expect(ExitStatus(CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: "/x"])).code == 66)
        #expect(ExitStatus(CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: "/x"])).code == 73)
        #expect(ExitStatus(CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: "/x"])).message?.hasPrefix("/x: ") == true)
        #expect(ExitStatus(StoreError(.unavailable, "locked")).code == 1)
    }
}
