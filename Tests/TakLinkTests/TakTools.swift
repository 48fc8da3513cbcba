import Foundation
#if canImport(Glibc)
import Glibc
#endif
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import TestSupport

/// The real TAK server (taky) and client (pytak) of tests/tak, from the venv tools/with-tak.sh
/// makes: where they are, and processes to run them.
enum TakTools {
    static let environment = ProcessInfo.processInfo.environment
    /// The venv's python, when tools/with-tak.sh set it up.
    static let python = environment["GUIDEPOST_TAK_PYTHON"].flatMap { FileManager.default.isExecutableFile(atPath: $0) ? $0 : nil }
    /// The throwaway certificates (ca.pem, server.pem, guidepost.pem/.key, pytak.pem/.key, other.pem/.key).
    static let certificates = environment["GUIDEPOST_TAK_CERTS"]
    /// Whether the tests must run (CI): missing tools fail them instead of skipping them.
    static let required = environment["GUIDEPOST_REQUIRE_TAK"] == "1"
    static var enabled: Bool { python != nil || required }
    static let scripts = repositoryRoot() + "/tests/tak"

    /// A free TCP port on loopback (bound and released; the server binds it next).
    static func freePort() async throws -> Int {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton).bind(host: "127.0.0.1", port: 0).get()
        let port = channel.localAddress?.port ?? 0
        try await channel.close().get()
        return port
    }
}

/// A child process whose standard output is collected line by line.
final class LineProcess: Sendable {
    let process: Process
    private let lines = NIOLockedValueBox<[String]>([])
    private let partial = NIOLockedValueBox<[UInt8]>([])

    init(_ executable: String, _ arguments: [String]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        process = p
        let lines = self.lines, partial = self.partial
        out.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            guard !data.isEmpty else {
                handle.readabilityHandler = nil
                return
            }
            let complete: [String] = partial.withLockedValue { buffer in
                buffer += data
                var found: [String] = []
                while let nl = buffer.firstIndex(of: 10) {
                    found.append(String(decoding: buffer[..<nl], as: UTF8.self))
                    buffer.removeSubrange(...nl)
                }
                return found
            }
            if !complete.isEmpty { lines.withLockedValue { $0 += complete } }
        }
        try p.run()
    }

    var output: [String] { lines.withLockedValue { $0 } }

    /// Waits until a line satisfies `match` (at most `seconds`).
    func waitFor(_ seconds: Double = 20, _ match: @escaping @Sendable (String) -> Bool) async throws {
        try await eventually(seconds) { self.output.contains(where: match) || !self.process.isRunning }
        guard output.contains(where: match) else { throw TimedOut(seconds: seconds) }
    }

    /// The JSON objects printed so far.
    var objects: [[String: Any]] {
        output.compactMap { line in
            guard line.hasPrefix("{"), let data = line.data(using: .utf8) else { return nil }
            return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        }
    }

    /// Kills the process at once (SIGKILL), as a crash or kill -9 would.
    func killNow() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        for _ in 0..<150 where process.isRunning { usleep(20_000) }
    }

    /// Stops the process: SIGTERM, then SIGKILL if it is still there after 0.2 s. Quick on
    /// purpose: it runs in `defer`, on one of the few threads every async test shares, so it
    /// must not hold one for seconds (a server slow to shut down would stall other suites).
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        for _ in 0..<10 where process.isRunning { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        for _ in 0..<50 where process.isRunning { usleep(20_000) }
    }

    deinit { stop() }
}
