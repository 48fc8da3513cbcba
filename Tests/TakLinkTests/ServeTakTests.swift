import Foundation
import TestSupport
import Testing

/// `guidepost serve --tak` end to end: the 2021 swimmer played by the simulator, its watch on a
/// real taky server, a pytak device listening, and the simulated guidance team published as its
/// own device (`--tak-publish-teams`), so the whole loop runs through the server: the team's
/// position reports go out and come back into the watch, its route and orders reach its device.
@Suite(.serialized, .enabled(if: TakTools.enabled)) struct ServeTakTests {
    static let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("guidepost").path

    @Test(.timeLimit(.minutes(5))) func theSwimmersWatchRunsThroughATakServer() async throws {
        let python = try #require(TakTools.python, "GUIDEPOST_TAK_PYTHON is not set: run the tests through tools/with-tak.sh")
        let port = try await TakTools.freePort()
        let server = try LineProcess(python, [TakTools.scripts + "/server.py", "--port", "\(port)"])
        defer { server.stop() }
        try await server.waitFor { $0 == "ready" }
        let listener = try LineProcess(python, [TakTools.scripts + "/client.py", "--url", "tcp://127.0.0.1:\(port)", "--timeout", "240"])
        defer { listener.stop() }
        try await listener.waitFor { $0 == "connected" }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("serve-tak-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let serve = try LineProcess(Self.binary, [
            "serve", "--demo", "--speed", "400", "--port", "0", "--db", dir + "/watch.sqlite", "--operator", "attentive",
            "--dispatch", "automatic", "--exit-when-done", "--tak", "tcp://127.0.0.1:\(port)", "--tak-publish-teams",
        ])
        defer { serve.stop() }
        try await eventually(240) { !serve.process.isRunning }
        #expect(serve.process.terminationStatus == 0)
        let out = serve.output.joined(separator: "\n")
        // The watch's own link heard the simulated team's devices (relayed by the server) …
        let summary = try #require(serve.output.first { $0.contains("TAK:") && $0.contains("events sent") }, "no TAK summary in: \(out)")
        let positions = Int(summary.split(separator: "(").last?.split(separator: " ").first ?? "") ?? 0
        #expect(positions > 0, "\(summary)")
        // … and the team's device got its route and its order in chat, addressed to it alone.
        let device = try #require(serve.output.first { $0.contains("simulated team devices:") }, "no device line in: \(out)")
        #expect(device.contains("b-m-r") && device.contains("b-t-f"), "\(device)")
        // The listening device saw the watch: tracks, the alert, the incident, the team.
        try await eventually(120) {
            let types = Set(listener.objects.compactMap { $0["type"] as? String })
            return ["a-s-G", "b-a-g", "b-m-p-s-m", "a-f-G-U-C"].allSatisfy(types.contains)
        }
        #expect(!listener.objects.contains { $0["error"] != nil })
        // Routes and orders went to the team alone, not to every device on the server.
        #expect(!listener.objects.contains { ["b-m-r", "b-t-f"].contains($0["type"] as? String ?? "") })
    }
}
