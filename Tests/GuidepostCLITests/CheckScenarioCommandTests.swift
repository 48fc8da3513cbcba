import ArgumentParser
import Foundation
import TestSupport
import Testing

@testable import guidepost

/// `guidepost check-scenario` passes the shipped files and fails, with exit status 1, on a bad one.
@Suite struct CheckScenarioCommandTests {
    @Test func shippedScenariosPass() throws {
        let command = try Guidepost.parseAsRoot([
            "check-scenario", repositoryRoot() + "/scenarios/2019-07-31-imjin-river-float.yaml",
        ])
        #expect(command is Guidepost.CheckScenario)
        let runnable = try #require(command as? Guidepost.CheckScenario)
        try runnable.run()
    }

    @Test func aBadFileExitsWithStatusOne() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("guidepost-bad-\(getpid()).yaml").path
        try "id: x\ntitle: [unclosed\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let command = try #require(try Guidepost.parseAsRoot(["check-scenario", path]) as? Guidepost.CheckScenario)
        #expect(throws: ExitCode(ExitStatus.badInput)) { try command.run() }
    }

    @Test func noFileIsAUsageError() {
        #expect(throws: (any Error).self) { try Guidepost.parseAsRoot(["check-scenario"]) }
    }
}
