/// One unit cut from a TAK byte stream by `CoTStreamFramer`.
public enum CoTFrame: Sendable, Hashable {
    /// One whole `<event>…</event>`, any `<?xml …?>` before it stripped. Decode with `CoTXML.decode`.
    case xml([UInt8])
    /// One TAK-protocol payload (a protobuf `TakMessage`). Decode with `TakProtocol.decodeMessage`.
    case takMessage([UInt8])
    /// Bytes the framer skipped, and why: garbage between events, an event over the size limit
    /// (skipped to its end), a bad length prefix, a stream cut off inside a frame.
    case skipped(CoTError)

    /// The event in this frame, decoded; a skipped frame throws its error.
    public func event(limits: CoTLimits = .init()) throws(CoTError) -> CoTEvent {
        switch self {
        case .xml(let bytes): try CoTXML.decode(bytes, limits: limits)
        case .takMessage(let bytes): try TakProtocol.decodeMessage(bytes, limits: limits)
        case .skipped(let error): throw error
        }
    }
}
