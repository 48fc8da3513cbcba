public import Foundation

/// Writes JSON Lines to a file or standard output through a buffer, flushing as it fills so a
/// reader downstream sees records as they are produced.
public final class JSONLinesWriter {
    private let handle: FileHandle
    private let ownsHandle: Bool
    private var buffer: [UInt8] = []
    private let capacity: Int
    /// The number of lines written so far.
    public private(set) var linesWritten = 0

    /// Creates (or truncates) the file at `path`; `-` writes standard output.
    public init(path: String, bufferSize: Int = 1 << 16) throws(InputError) {
        capacity = bufferSize
        if path == "-" {
            handle = .standardOutput
            ownsHandle = false
            return
        }
        // Opened in place (created if missing, else truncated), never written beside and renamed
        // over: `FileManager.createFile` writes atomically, which replaced `--out /dev/null` (a
        // device) with a regular file when run as root, and would break a FIFO or a hard link.
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw InputError(file: path, reason: "cannot create the file", hint: "check that the folder exists and is writable", kind: .unwritable)
        }
        handle = FileHandle(fileDescriptor: fd, closeOnDealloc: false)
        ownsHandle = true
    }

    /// Writes to an open handle (not closed by the writer).
    public init(handle: FileHandle, bufferSize: Int = 1 << 16) {
        self.handle = handle
        ownsHandle = false
        capacity = bufferSize
    }

    deinit {
        flush()
        if ownsHandle { try? handle.close() }
    }

    /// Appends one line (a newline is added).
    public func write(line: String) {
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        linesWritten += 1
        if buffer.count >= capacity { flush() }
    }

    /// Appends an object built with `JSONObjectBuilder`.
    public func write(_ object: JSONObjectBuilder) { write(line: object.json) }

    /// Appends any record that knows its own line form.
    public func write(_ record: some JSONLineEncodable) { write(line: record.jsonLine) }

    /// Writes out whatever is buffered.
    public func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}

/// A record with a fixed, deterministic one-line JSON form.
public protocol JSONLineEncodable {
    /// The record as one JSON object, keys in documented order, without a newline.
    var jsonLine: String { get }
}
