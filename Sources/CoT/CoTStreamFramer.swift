/// Cuts a TCP byte stream from a TAK server into events: in `.xml` mode one `<event>…</event>`
/// after another (TAK protocol version 0), in `.takProtocol` mode `0xBF`, a varint length and a
/// protobuf payload (version 1, after `TakNegotiation` switched the connection).
///
/// It never holds more than `CoTLimits.maxEventBytes` of one event (plus the bytes of the push
/// being read): an event over the limit is reported once and skipped to its end without being
/// stored, and a huge declared length is refused without allocating it. Garbage between events is
/// skipped and reported once per run, when the next event starts (or at ``finish()``).
///
/// The mode may change between frames: the TAK server switches to protobuf right after its
/// `t-x-takp-r` response, possibly within the same TCP read. So read frames one at a time
/// (``append(_:)``, then ``nextFrame()`` until `nil`) and give each event to `TakNegotiation`
/// before asking for the next; bytes not yet cut are read in the mode set when they are reached.
/// ``push(_:)`` is the shortcut when the mode cannot change.
public struct CoTStreamFramer: Sendable {
    /// How the stream is framed.
    public enum Mode: Sendable, Hashable {
        /// CoT XML events back to back (TAK protocol version 0, every connection's start).
        case xml
        /// `0xBF`, varint length, `TakMessage` payload (TAK protocol version 1, streaming).
        case takProtocol
    }

    private enum Phase: Sendable {
        case between
        case xmlEvent(XMLEventScanner, scanned: Int)
        case xmlDiscard(XMLEventScanner)
        case takPayload(header: Int, length: Int)
        case takDiscard(remaining: UInt64)
    }

    private enum Step {
        case frame(CoTFrame)
        case needMore
        case again
    }

    /// The limits applied to every frame.
    public let limits: CoTLimits
    /// The framing of bytes not yet cut; `.xml` at first.
    public var mode: Mode {
        didSet { if oldValue != mode { phase = .between } }
    }

    private var buffer: [UInt8] = []
    private var head = 0
    private var base = 0
    private var phase = Phase.between
    private var garbageStart: Int?
    private var garbageCount = 0

    /// A framer reading XML.
    public init(limits: CoTLimits = .init(), mode: Mode = .xml) {
        self.limits = limits
        self.mode = mode
    }

    /// How many bytes are buffered now (for tests and monitoring: never much over the event limit).
    public var bufferedByteCount: Int { buffer.count - head }

    /// Adds bytes read from the connection.
    public mutating func append(_ bytes: some Collection<UInt8>) {
        compact()
        buffer.append(contentsOf: bytes)
    }

    /// The next whole frame, or `nil` until more bytes arrive.
    public mutating func nextFrame() -> CoTFrame? {
        while true {
            let step: Step
            switch phase {
            case .between: step = mode == .xml ? seekEvent() : readTakHeader()
            case .xmlEvent(let scanner, let scanned): step = scanEvent(scanner, scanned: scanned)
            case .xmlDiscard(let scanner): step = discardEvent(scanner)
            case .takPayload(let header, let length): step = readTakPayload(header: header, length: length)
            case .takDiscard(let remaining): step = discardTak(remaining)
            }
            switch step {
            case .frame(let frame): return frame
            case .needMore:
                compact()
                return nil
            case .again: continue
            }
        }
    }

    /// ``append(_:)`` then every frame now complete.
    public mutating func push(_ bytes: some Collection<UInt8>) -> [CoTFrame] {
        append(bytes)
        var frames: [CoTFrame] = []
        while let frame = nextFrame() { frames.append(frame) }
        return frames
    }

    /// The end of the stream: the frames still complete, then pending garbage and a frame cut off
    /// part-way (``CoTError/truncated(offset:)``) as skipped. The framer is empty afterwards.
    public mutating func finish() -> [CoTFrame] {
        var frames: [CoTFrame] = []
        while let frame = nextFrame() { frames.append(frame) }
        if let garbage = takeGarbage() { frames.append(garbage) }
        switch phase {
        case .xmlEvent, .takPayload: frames.append(.skipped(.truncated(offset: base &+ head)))
        case .between where head < buffer.count: frames.append(.skipped(.truncated(offset: base &+ head)))
        default: break
        }
        base = base &+ buffer.count
        buffer = []
        head = 0
        phase = .between
        return frames
    }

    // MARK: - XML

    private mutating func seekEvent() -> Step {
        while head < buffer.count {
            let c = buffer[head]
            if c == UInt8(ascii: "<") {
                switch matches(Self.eventOpen, delimited: true) {
                case .undecided: return .needMore
                case .yes:
                    if let garbage = takeGarbage() { return .frame(garbage) }
                    phase = .xmlEvent(XMLEventScanner(), scanned: 0)
                    return .again
                case .no: break
                }
                var skippable = false
                for (open, close) in [(Self.declarationOpen, Self.declarationClose), (Self.commentOpen, Self.commentClose)] {
                    switch matches(open, delimited: false) {
                    case .undecided: return .needMore
                    case .no: continue
                    case .yes:
                        guard let end = find(close, from: head + open.count) else {
                            if buffer.count - head < 4_096 { return .needMore }
                            continue  // a declaration that never ends is garbage
                        }
                        if let garbage = takeGarbage() { return .frame(garbage) }
                        head = end
                        skippable = true
                    }
                    break
                }
                if skippable { continue }
            } else if garbageStart == nil && XMLReader.isWhitespace(c) {
                head += 1
                continue
            }
            if garbageStart == nil { garbageStart = base &+ head }
            garbageCount += 1
            head += 1
        }
        return .needMore
    }

    private mutating func scanEvent(_ scanner: XMLEventScanner, scanned: Int) -> Step {
        var scanner = scanner
        let start = head
        var p = head + scanned
        while p < buffer.count {
            if p - start >= limits.maxEventBytes {
                head = p
                phase = .xmlDiscard(scanner)
                return .frame(.skipped(.eventTooLarge(offset: base &+ start, size: nil, limit: limits.maxEventBytes)))
            }
            let outcome = scanner.consume(buffer[p])
            p += 1
            switch outcome {
            case .more:
                if scanner.depth > limits.maxDepth {
                    head = p
                    phase = .xmlDiscard(scanner)
                    return .frame(.skipped(.tooDeep(offset: base &+ (p - 1), limit: limits.maxDepth)))
                }
            case .complete:
                head = p
                phase = .between
                return .frame(.xml(Array(buffer[start..<p])))
            case .failed(let reason, let keyword):
                head = p - 1
                phase = .between
                let offset = base &+ (p - 1)
                return .frame(.skipped(keyword.map { .declarationRefused(offset: offset, keyword: $0) }
                    ?? .malformed(offset: offset, reason: reason)))
            }
        }
        phase = .xmlEvent(scanner, scanned: p - start)
        return .needMore
    }

    private mutating func discardEvent(_ scanner: XMLEventScanner) -> Step {
        var scanner = scanner
        while head < buffer.count {
            if scanner.isInText {
                // Fast path through long text (a 100 MB event is mostly that): only '<' matters.
                guard let next = buffer[head...].firstIndex(of: UInt8(ascii: "<")) else {
                    head = buffer.count
                    break
                }
                head = next
            }
            let outcome = scanner.consume(buffer[head])
            head += 1
            switch outcome {
            case .more: continue
            case .complete:
                phase = .between
                return .again
            case .failed:
                head -= 1  // already reported; look for the next event from the offending byte
                phase = .between
                return .again
            }
        }
        phase = .xmlDiscard(scanner)
        return .needMore
    }

    // MARK: - TAK protocol

    private mutating func readTakHeader() -> Step {
        while head < buffer.count {
            guard buffer[head] == 0xBF else {
                if garbageStart == nil { garbageStart = base &+ head }
                garbageCount += 1
                head += 1
                continue
            }
            var length: UInt64 = 0
            var k = head + 1
            var complete = false
            var overflow = false
            while k < buffer.count, k - head - 1 < 10 {
                let byte = buffer[k]
                let shift = UInt64(7 * (k - head - 1))
                if shift == 63 && byte > 1 { overflow = true }
                length |= UInt64(byte & 0x7F) << shift
                k += 1
                if byte & 0x80 == 0 {
                    complete = true
                    break
                }
            }
            if !complete && k - head - 1 < 10 { return .needMore }
            if let garbage = takeGarbage() { return .frame(garbage) }
            if !complete || overflow {
                let offset = base &+ head
                head += 1
                return .frame(.skipped(.badLengthPrefix(offset: offset)))
            }
            if length > UInt64(limits.maxEventBytes) {
                let offset = base &+ head
                head = k
                phase = .takDiscard(remaining: length)
                return .frame(.skipped(.eventTooLarge(offset: offset, size: Int(exactly: length), limit: limits.maxEventBytes)))
            }
            phase = .takPayload(header: k - head, length: Int(length))
            return .again
        }
        return .needMore
    }

    private mutating func readTakPayload(header: Int, length: Int) -> Step {
        guard buffer.count - head >= header + length else { return .needMore }
        let frame = CoTFrame.takMessage(Array(buffer[(head + header)..<(head + header + length)]))
        head += header + length
        phase = .between
        return .frame(frame)
    }

    private mutating func discardTak(_ remaining: UInt64) -> Step {
        let available = UInt64(buffer.count - head)
        let skip = min(remaining, available)
        head += Int(skip)
        if skip == remaining {
            phase = .between
            return .again
        }
        phase = .takDiscard(remaining: remaining - skip)
        return .needMore
    }

    // MARK: - Buffer

    private static let eventOpen = Array("<event".utf8)
    private static let declarationOpen = Array("<?xml".utf8)
    private static let declarationClose = Array("?>".utf8)
    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)

    private enum Match { case yes, no, undecided }

    /// Whether the buffer at `head` starts with `literal` (followed by whitespace, `>` or `/` when `delimited`).
    private func matches(_ literal: [UInt8], delimited: Bool) -> Match {
        for (k, byte) in literal.enumerated() {
            guard head + k < buffer.count else { return .undecided }
            if buffer[head + k] != byte { return .no }
        }
        guard delimited else { return .yes }
        guard head + literal.count < buffer.count else { return .undecided }
        let next = buffer[head + literal.count]
        return XMLReader.isWhitespace(next) || next == UInt8(ascii: ">") || next == UInt8(ascii: "/") ? .yes : .no
    }

    /// The index just past the first `literal` at or after `from`.
    private func find(_ literal: [UInt8], from: Int) -> Int? {
        var p = from
        while p + literal.count <= buffer.count {
            if buffer[p] == literal[0] && buffer[p..<(p + literal.count)].elementsEqual(literal) { return p + literal.count }
            p += 1
        }
        return nil
    }

    private mutating func takeGarbage() -> CoTFrame? {
        guard let start = garbageStart else { return nil }
        let frame = CoTFrame.skipped(.garbage(offset: start, count: garbageCount))
        garbageStart = nil
        garbageCount = 0
        return frame
    }

    /// Drops consumed bytes once they are a good share of the buffer (amortised O(1) per byte).
    private mutating func compact() {
        guard head > 0, head >= 65_536 || head * 2 >= buffer.count else { return }
        buffer.removeFirst(head)
        base = base &+ head
        head = 0
    }
}
