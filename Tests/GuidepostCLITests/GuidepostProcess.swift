import Foundation

/// The built `guidepost` binary run as a user runs it: its exit status, whether a signal ended
/// it (a Swift trap is SIGILL or SIGTRAP), and what it wrote. Output goes to files, so a command
/// that reports thousands of lines never blocks on a full pipe.
struct GuidepostProcess {
    static let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("guidepost").path

    static var available: Bool { FileManager.default.isExecutableFile(atPath: binary) }

    var status: Int32
    var signalled: Bool
    var out: String
    var err: String

    /// Runs `guidepost arguments…` in `folder` (the repository root by default, where the
    /// bundled scenarios are), with `input` on standard input.
    static func run(_ arguments: [String], input: String = "", in folder: String? = nil) throws -> GuidepostProcess {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("gp-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err"),
            inURL = scratch.appendingPathComponent("in")
        try Data(input.utf8).write(to: inURL)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = arguments
        if let folder { p.currentDirectoryURL = URL(fileURLWithPath: folder) }
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"  // a trap ends at once instead of symbolicating for a minute
        p.environment = environment
        let outHandle = try FileHandle(forWritingTo: outURL), errHandle = try FileHandle(forWritingTo: errURL)
        p.standardOutput = outHandle
        p.standardError = errHandle
        p.standardInput = try FileHandle(forReadingFrom: inURL)
        try p.run()
        p.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return GuidepostProcess(
            status: p.terminationStatus, signalled: p.terminationReason == .uncaughtSignal,
            out: try String(contentsOf: outURL, encoding: .utf8), err: try String(contentsOf: errURL, encoding: .utf8))
    }
}
