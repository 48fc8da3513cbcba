public import Foundation

/// One line of a JSON Lines stream, with its 1-based line number.
public struct JSONLine: Sendable {
    public let number: Int
    public let bytes: [UInt8]
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Line `number` (1-based) of a stream, its bytes without the newline: for readers other
    /// than `JSONLinesReader` (a socket, a live feed) that hand lines to the same parsers.
    public init(number: Int, bytes: [UInt8]) {
        self.number = number
        self.bytes = bytes
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
    private static let chunk = 1 << 16

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
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let bytes = Array(buffer[start..<end])
                start = newline + 1
                lineNumber += 1
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                return JSONLine(number: lineNumber, bytes: bytes)
            }
            if atEOF {
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
