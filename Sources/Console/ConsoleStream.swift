import Foundation
import HummingbirdWebSocket
import NIOCore
import Pipeline

/// One WebSocket client: the frames of the watch, filtered for its role, as JSON text messages.
/// Its own buffer (`clientBuffer` frames, newest kept) means a slow browser loses old frames —
/// each frame is the whole picture — and never holds up the watch or the other clients.
enum ConsoleStream {
    static func serve(
        watch: some WatchControl, role: ConsoleRole, buffer: Int, inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter
    ) async throws {
        let frames = await watch.frames(buffer: buffer)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for await frame in frames {
                    let data = try encoder.encode(FrameFilter.view(frame, for: role))
                    try await outbound.write(.text(String(decoding: data, as: UTF8.self)))
                }
            }
            // Read until the client closes (the console sends nothing that matters), then stop writing.
            group.addTask {
                for try await _ in inbound.messages(maxSize: 4096) {}
            }
            _ = try await group.next()
            group.cancelAll()
        }
    }
}
