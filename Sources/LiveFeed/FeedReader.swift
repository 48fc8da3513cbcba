import Foundation
import GuidepostCore
public import Pipeline

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Detection lines from a file or standard input, read on a thread of their own as the feed
/// takes them (the reader waits while the feed's queue is full, so a long file is never held in
/// memory), each line at most `lineLimit` bytes. A file is a stored run replayed: its lines come
/// as fast as the watch asks, and the watch paces them by their own times. Standard input may be
/// a pipe from a live sender, so it says when it falls silent (`FeedInput.idle`).
public enum FeedReader {
    /// The longest line read, bytes.
    public static let defaultLineLimit = 64 * 1024

    /// The lines of the file at `path`.
    /// - Throws: `FeedError.cannotOpen` when it cannot be opened.
    public static func file(_ path: String, lineLimit: Int = defaultLineLimit) throws(FeedError) -> AsyncStream<FeedInput> {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .cannotOpen(path: path, reason: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
        }
        let queue = FeedBuffer(idle: nil)
        start(handle: handle, name: path, lineLimit: lineLimit, closes: true, into: queue)
        return queue.makeStream()
    }

    /// The lines of standard input (`<stdin>` in reports); `idle` after a second of silence.
    public static func standardInput(lineLimit: Int = defaultLineLimit, idle: Duration = .seconds(1)) -> AsyncStream<FeedInput> {
        let queue = FeedBuffer(idle: idle)
        start(handle: FileHandle.standardInput, name: "<stdin>", lineLimit: lineLimit, closes: false, into: queue)
        return queue.makeStream()
    }

    /// Reads `handle` to its end on a new thread, line by line into `queue`, then finishes it.
    static func start(handle: FileHandle, name: String, lineLimit: Int, closes: Bool, into queue: FeedBuffer) {
        let thread = Thread {
            // read(2), not FileHandle: it returns what a pipe has now, and reads a regular file
            // a chunk at a time instead of whole.
            let fd = handle.fileDescriptor
            var splitter = LineSplitter(limit: lineLimit)
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while !queue.isFinished {
                let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n < 0, errno == EINTR { continue }
                if n < 0 {
                    let reason = String(cString: strerror(errno))
                    queue.sendBlocking(.problem(FeedProblem(.connection, InputError(file: name, reason: "reading stopped: \(reason)"))))
                }
                let frames = n > 0 ? splitter.append(chunk[..<n]) : splitter.finish().map { [$0] } ?? []
                for frame in frames { queue.sendBlocking(frame.input(source: name, limit: lineLimit)) }
                if n <= 0 { break }
            }
            if closes { try? handle.close() }
            queue.finish()
        }
        thread.name = "guidepost feed reader \(name)"
        thread.start()
    }
}
