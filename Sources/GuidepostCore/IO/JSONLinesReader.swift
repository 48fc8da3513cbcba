public import Foundation

/// One line of a JSON Lines stream, with its 1-based line number.
public struct JSONLine: Sendable {
    public let number: Int
    public let bytes: [UInt8]
    /// The line's length in bytes when it was longer than the reader's limit (its bytes were
    /// then dropped, `bytes` is empty); nil for every ordinary line.
    public let overLimit: Int?
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Line `number` (1-based) of a stream, its bytes without the newline: for readers other
    /// than `JSONLinesReader` (a socket, a live feed) that hand lines to the same parsers.
    public init(number: Int, bytes: [UInt8]) {
        self.number = number
        self.bytes = bytes
        overLimit = nil
    }

    /// A line of `length` bytes that was over `limit` and dropped.
    init(number: Int, droppedLength length: Int) {
        self.number = number
        bytes = []
        overLimit = length
    }

    /// The error for a line over the reader's limit, naming the limit and how to raise it; nil
    /// for an ordinary line. Parsers call it first, so a dropped line is reported, not misread.
    public func overLimitError(file: String) -> InputError? {
        guard let overLimit else { return nil }
        return InputError(
            file: file, line: number,
            reason: "the line is \(overLimit) bytes or more, over the limit of \(JSONLinesReader.maximumLineBytes) bytes; skipped",
            hint: "one record a line; raise the limit with \(JSONLinesReader.limitVariable)=BYTES (docs/limits.md)")
    }
}

/// Streams the lines of a file or standard input without reading it whole, so memory stays
/// bounded however long the stream is. Blank lines are skipped (but counted). A trailing `\r` is dropped.
public struct JSONLinesReader: Sequence, IteratorProtocol {
    /// The name used in error messages: the path, or `<stdin>`.
    public let name: String
    private let handle: FileHandle
    private let ownsHandle: Bool
    private var buffer: [UInt8] = []
    private var start = 0
    private var lineNumber = 0
    private var atEOF = false
    /// Inside a line over the limit: its bytes so far are dropped until its newline.
    private var dropping: Int?
    private static let chunk = 1 << 16

    /// The environment variable that sets `maximumLineBytes`.
    public static let limitVariable = "GUIDEPOST_MAX_LINE_BYTES"
    /// The longest line any reader keeps, bytes: 1 MiB by default (a detection is ~200 bytes, a
    /// stored event a few KiB), or `GUIDEPOST_MAX_LINE_BYTES`. A longer line is dropped as it is
    /// read — memory stays bounded by the limit, not by the file — and yielded as a line with
    /// `overLimit` set, which parsers report (docs/limits.md).
    public static let maximumLineBytes: Int = {
        if let text = ProcessInfo.processInfo.environment[limitVariable], let n = Int(text), n > 0 { return n }
        return 1 << 20
    }()

    /// Opens `path` for reading; `-` reads standard input.
    public init(path: String) throws(InputError) {
        if path == "-" {
            self.init(handle: .standardInput, name: "<stdin>", owns: false)
            return
        }
        try Self.checkReadable(path)
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(file: path, reason: "cannot open the file", hint: "check the path and permissions", kind: .unreadable)
        }
        self.init(handle: handle, name: path, owns: true)
    }

    /// Throws unless `path` names something a reader can read lines from: it must exist and not
    /// be a folder (a folder opens on Linux and reads as empty, which would pass for an empty
    /// input). A `.unreadable` `InputError` names the path and says what to do.
    public static func checkReadable(_ path: String) throws(InputError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw InputError(file: path, reason: "no such file", hint: "check the path", kind: .unreadable)
        }
        guard !isFolder.boolValue else {
            throw InputError(file: path, reason: "is a folder, not a file", hint: "give the file inside it", kind: .unreadable)
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw InputError(file: path, reason: "cannot read the file", hint: "check its permissions", kind: .unreadable)
        }
    }

    /// Reads from an open handle (not closed by the reader).
    public init(handle: FileHandle, name: String) {
        self.init(handle: handle, name: name, owns: false)
    }

    private init(handle: FileHandle, name: String, owns: Bool) {
        self.name = name
        self.handle = handle
        self.ownsHandle = owns
    }

    public mutating func next() -> JSONLine? {
        let limit = Self.maximumLineBytes
        while true {
            if let dropped = dropping {
                // Skipping the rest of an over-long line: up to its newline, or the end.
                if let newline = buffer[start...].firstIndex(of: 0x0A) {
                    let length = dropped + (newline - start)
                    start = newline + 1
                    dropping = nil
                    lineNumber += 1
                    return JSONLine(number: lineNumber, droppedLength: length)
                }
                let length = dropped + (buffer.count - start)
                dropping = length
                buffer.removeAll(keepingCapacity: true)
                start = 0
                if atEOF {
                    dropping = nil
                    lineNumber += 1
                    return JSONLine(number: lineNumber, droppedLength: length)
                }
            } else if let newline = buffer[start...].firstIndex(of: 0x0A) {
                guard newline - start <= limit else {
                    let length = newline - start
                    start = newline + 1
                    lineNumber += 1
                    return JSONLine(number: lineNumber, droppedLength: length)
                }
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let bytes = Array(buffer[start..<end])
                start = newline + 1
                lineNumber += 1
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                return JSONLine(number: lineNumber, bytes: bytes)
            }
            else if buffer.count - start > limit {
                dropping = buffer.count - start
                buffer.removeAll(keepingCapacity: true)
                start = 0
                continue
            }
            if atEOF, dropping == nil {
                guard start < buffer.count else {
                    if ownsHandle { try? handle.close() }
                    return nil
                }
                let bytes = Array(buffer[start...])
                start = buffer.count
                lineNumber += 1
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                return JSONLine(number: lineNumber, bytes: bytes)
            }
            if start > 0 {
                buffer.removeFirst(start)
                start = 0
            }
            let data = (try? handle.read(upToCount: Self.chunk)) ?? nil
            if let data, !data.isEmpty {
                buffer.append(contentsOf: data)
            } else {
                atEOF = true
            }
        }
    }
}
