import Foundation

/// Decodes a JSON Lines stream record by record. A line that does not decode, or that fails
/// `validate`, is reported through `onError` with its file, line and field, and skipped: one
/// corrupt line never loses the rest of the stream.
public struct JSONLinesDecoder<Record: Decodable>: Sequence, IteratorProtocol {
    private var reader: JSONLinesReader
    private let decoder = JSONDecoder()
    private let onError: (InputError) -> Void
    private let validate: (Record) -> (field: String, reason: String)?

    /// - Parameters:
    ///   - reader: the line source.
    ///   - validate: returns the field and reason when a decoded record is unusable (e.g. NaN).
    ///   - onError: receives every skipped line's error.
    public init(
        reader: JSONLinesReader,
        validate: @escaping (Record) -> (field: String, reason: String)? = { _ in nil },
        onError: @escaping (InputError) -> Void
    ) {
        self.reader = reader
        self.validate = validate
        self.onError = onError
    }

    public mutating func next() -> (line: Int, record: Record)? {
        while let line = reader.next() {
            if let error = line.overLimitError(file: reader.name) {
                onError(error)
                continue
            }
            do {
                let record = try decoder.decode(Record.self, from: Data(line.bytes))
                if let problem = validate(record) {
                    onError(InputError(file: reader.name, line: line.number, field: problem.field, reason: problem.reason))
                    continue
                }
                return (line.number, record)
            } catch {
                onError(InputError(decoding: error, file: reader.name, line: line.number, bytes: line.bytes))
            }
        }
        return nil
    }
}
