/// TAK protocol version 1: CoT events as protobuf `TakMessage`s, as ATAK, TAK Server and takproto
/// encode them (`atakmap.commoncommo.protobuf.v1`):
///
///     TakMessage { TakControl takControl = 1; CotEvent cotEvent = 2; }
///     CotEvent   { string type = 1; access = 2; qos = 3; opex = 4; uid = 5;
///                  uint64 sendTime = 6; startTime = 7; staleTime = 8; string how = 9;
///                  double lat = 10; lon = 11; hae = 12; ce = 13; le = 14; Detail detail = 15; }
///     Detail     { string xmlDetail = 1; Contact contact = 2; Group group = 3;
///                  PrecisionLocation precisionLocation = 4; Status status = 5; Takv takv = 6; Track track = 7; }
///     Contact { string endpoint = 1; callsign = 2; }       Group { string name = 1; role = 2; }
///     PrecisionLocation { string geopointsrc = 1; altsrc = 2; }   Status { uint32 battery = 1; }
///     Takv { string device = 1; platform = 2; os = 3; version = 4; }   Track { double speed = 1; course = 2; }
///
/// Times are milliseconds since the epoch. Fields are written in number order with proto3 defaults
/// omitted, like the reference encoder; which detail elements are typed is `TakDetailLayout`'s
/// rule, and the rest is `xmlDetail` text written as takproto writes it. Decoding what
/// ``encodeMessage(_:)`` wrote gives back an equal `CoTEvent`, except its `version` (not carried:
/// always `2.0`). TAK Server's extra fields (`submissionTime`, `creationTime`, `caveat`,
/// `releaseableTo`) and `takControl` are skipped when read.
public enum TakProtocol {
    /// The `TakMessage { cotEvent = 2 }` bytes of `event`.
    public static func encodeMessage(_ event: CoTEvent) -> [UInt8] {
        var message = ProtobufWriter()
        message.bytes(2, cotEvent(event))
        return message.out
    }

    /// `0xBF`, varint length, message: one frame of a TCP stream after negotiation.
    public static func streamFrame(_ event: CoTEvent) -> [UInt8] {
        let payload = encodeMessage(event)
        var frame = ProtobufWriter()
        frame.varint(UInt64(payload.count))
        return [0xBF] + frame.out + payload
    }

    /// `0xBF 0x01 0xBF`, message: one UDP mesh datagram.
    public static func meshFrame(_ event: CoTEvent) -> [UInt8] {
        [0xBF, 0x01, 0xBF] + encodeMessage(event)
    }

    /// Reads one `TakMessage` payload (no stream or mesh header) into its event.
    ///
    /// - Throws: `CoTError` when the message is over `limits.maxEventBytes`, is not valid protobuf,
    ///   has no `cotEvent`, or its event breaks the rules `CoTXML.decode` applies (non-empty
    ///   `uid` and `type`, `lat`/`lon` in range, strings XML can carry, `xmlDetail` within `limits`).
    public static func decodeMessage(_ bytes: some Collection<UInt8>, limits: CoTLimits = .init()) throws(CoTError) -> CoTEvent {
        let count = bytes.count
        guard count <= limits.maxEventBytes else { throw .eventTooLarge(offset: 0, size: count, limit: limits.maxEventBytes) }
        let b = Array(bytes)
        var reader = ProtobufReader(b, 0..<b.count, what: "TakMessage")
        var event: Range<Int>?
        while let (field, wireType) = try reader.field() {
            if field == 2 {
                try reader.expect(wireType, 2, field: field)
                event = try reader.lengthDelimited()
            } else {
                try reader.skip(wireType)
            }
        }
        guard let event else { throw reader.error("no cotEvent (field 2); a TakControl alone carries no event", at: 0) }
        return try cotEvent(b, event, limits: limits)
    }

    /// Reads a mesh datagram: `0xBF 0x01 0xBF` and a `TakMessage`, or a CoT XML event (mesh
    /// listeners must accept both on the same port).
    public static func decodeDatagram(_ bytes: some Collection<UInt8>, limits: CoTLimits = .init()) throws(CoTError) -> CoTEvent {
        let b = Array(bytes)
        if b.count >= 3, b[0] == 0xBF {
            guard b[1] == 0x01, b[2] == 0xBF else {
                throw .protobuf(offset: 1, reason: "mesh header announces TAK protocol version \(b[1]); only 1 is known")
            }
            return try decodeMessage(b[3...], limits: limits)
        }
        return try CoTXML.decode(b, limits: limits)
    }

    // MARK: - Encoding

    private static func cotEvent(_ e: CoTEvent) -> [UInt8] {
        var w = ProtobufWriter()
        w.string(1, e.type)
        w.string(2, e.access)
        w.string(3, e.qos)
        w.string(4, e.opex)
        w.string(5, e.uid)
        w.uint64(6, UInt64(bitPattern: e.time.millisecondsSince1970))
        w.uint64(7, UInt64(bitPattern: e.start.millisecondsSince1970))
        w.uint64(8, UInt64(bitPattern: e.stale.millisecondsSince1970))
        w.string(9, e.how)
        w.double(10, e.point.lat.isFinite ? min(max(e.point.lat, -90), 90) : 0)
        w.double(11, e.point.lon.isFinite ? min(max(e.point.lon, -180), 180) : 0)
        w.double(12, e.point.hae.isFinite ? e.point.hae : CoTPoint.unknown)
        w.double(13, e.point.ce.isFinite ? e.point.ce : CoTPoint.unknown)
        w.double(14, e.point.le.isFinite ? e.point.le : CoTPoint.unknown)
        if !e.detail.isEmpty { w.bytes(15, detail(e.detail)) }
        return w.out
    }

    private static func detail(_ detail: [CoTElement]) -> [UInt8] {
        let (head, xml, tail) = TakDetailLayout.split(detail)
        var w = ProtobufWriter()
        var text = XMLWriter(style: .elementTree)
        for element in xml { text.element(element) }
        if !text.out.isEmpty { w.bytes(1, text.out) }
        let typed = Dictionary(uniqueKeysWithValues: (head + tail).map { ($0.name, $0) })
        func value(_ element: String, _ attribute: String) -> String? { typed[element]?[attribute: attribute] }
        if typed["contact"] != nil {
            var m = ProtobufWriter()
            m.string(1, value("contact", "endpoint"))
            m.string(2, value("contact", "callsign"))
            w.bytes(2, m.out)
        }
        if typed["__group"] != nil {
            var m = ProtobufWriter()
            m.string(1, value("__group", "name"))
            m.string(2, value("__group", "role"))
            w.bytes(3, m.out)
        }
        if typed["precisionlocation"] != nil {
            var m = ProtobufWriter()
            m.string(1, value("precisionlocation", "geopointsrc"))
            m.string(2, value("precisionlocation", "altsrc"))
            w.bytes(4, m.out)
        }
        if let battery = value("status", "battery") {
            var m = ProtobufWriter()
            m.uint64(1, UInt64(UInt32(battery) ?? 0))
            w.bytes(5, m.out)
        }
        if typed["takv"] != nil {
            var m = ProtobufWriter()
            for (field, name) in [(1, "device"), (2, "platform"), (3, "os"), (4, "version")] {
                m.string(field, value("takv", name))
            }
            w.bytes(6, m.out)
        }
        if typed["track"] != nil {
            var m = ProtobufWriter()
            m.double(1, value("track", "speed").flatMap(CoTNumber.parse) ?? 0)
            m.double(2, value("track", "course").flatMap(CoTNumber.parse) ?? 0)
            w.bytes(7, m.out)
        }
        return w.out
    }

    // MARK: - Decoding

    private static func cotEvent(_ b: [UInt8], _ range: Range<Int>, limits: CoTLimits) throws(CoTError) -> CoTEvent {
        var r = ProtobufReader(b, range, what: "CotEvent")
        var strings: [UInt64: String] = [:]
        var times: [UInt64: UInt64] = [:]
        var doubles: [UInt64: (Double, Int)] = [:]
        var detail: Range<Int>?
        while let (field, wireType) = try r.field() {
            let at = r.offset
            switch field {
            case 1, 2, 3, 4, 5, 9:
                try r.expect(wireType, 2, field: field)
                strings[field] = try r.string()
            case 6, 7, 8:
                try r.expect(wireType, 0, field: field)
                times[field] = try r.varint()
            case 10...14:
                try r.expect(wireType, 1, field: field)
                doubles[field] = (try r.double(), at)
            case 15:
                try r.expect(wireType, 2, field: field)
                detail = try r.lengthDelimited()
            default:
                try r.skip(wireType)
            }
        }
        func nonEmpty(_ field: UInt64, _ name: String) throws(CoTError) -> String {
            guard let value = strings[field], !value.isEmpty else {
                throw .missingAttribute(offset: range.lowerBound, element: "CotEvent", name: name)
            }
            return value
        }
        func time(_ field: UInt64) -> CoTTime {
            CoTTime(millisecondsSince1970: Int64(bitPattern: times[field] ?? 0))
        }
        func coordinate(_ field: UInt64, _ name: String, _ bound: Double) throws(CoTError) -> Double {
            let (value, at) = doubles[field] ?? (0, range.lowerBound)
            guard value.isFinite, abs(value) <= bound else {
                throw .invalidAttribute(
                    offset: at, element: "CotEvent", name: name, value: value.description,
                    expected: "a finite number from -\(Int(bound)) to \(Int(bound))")
            }
            return value
        }
        func optional(_ field: UInt64, _ name: String) throws(CoTError) -> Double {
            let (value, at) = doubles[field] ?? (0, range.lowerBound)
            if value.isNaN { return CoTPoint.unknown }
            guard value.isFinite else {
                throw .invalidAttribute(offset: at, element: "CotEvent", name: name, value: value.description, expected: "a finite number")
            }
            return value
        }
        return CoTEvent(
            uid: try nonEmpty(5, "uid"), type: try nonEmpty(1, "type"), how: strings[9] ?? "", time: time(6),
            start: time(7), stale: time(8),
            point: CoTPoint(
                lat: try coordinate(10, "lat", 90), lon: try coordinate(11, "lon", 180), hae: try optional(12, "hae"),
                ce: try optional(13, "ce"), le: try optional(14, "le")),
            access: CoTXML.nonEmpty(strings[2]), qos: CoTXML.nonEmpty(strings[3]), opex: CoTXML.nonEmpty(strings[4]),
            detail: try detail.map { range throws(CoTError) in try self.detail(b, range, limits: limits) } ?? [])
    }

    private static func detail(_ b: [UInt8], _ range: Range<Int>, limits: CoTLimits) throws(CoTError) -> [CoTElement] {
        var r = ProtobufReader(b, range, what: "Detail")
        var xml: [CoTElement] = []
        var typed: [String: CoTElement] = [:]
        while let (field, wireType) = try r.field() {
            guard (1...7).contains(field) else {
                try r.skip(wireType)
                continue
            }
            try r.expect(wireType, 2, field: field)
            if field == 1 {
                let text = try r.string()
                let start = r.lastFieldStart
                do {
                    xml = try XMLReader.fragment(Array(text.utf8), limits: limits, depthBase: 2, elementCount: 3)
                } catch {
                    throw .inXMLDetail(offset: start, error)
                }
                continue
            }
            let body = try r.lengthDelimited()
            let element = try typedElement(field, b, body)
            typed[element.name] = element
        }
        // A typed element also present in xmlDetail is a broken sender's duplicate: keep the XML one.
        for element in xml { typed[element.name] = nil }
        let head = TakDetailLayout.head.compactMap { typed[$0] }
        let tail = TakDetailLayout.tail.compactMap { typed[$0] }
        return head + xml + tail
    }

    /// One typed message rebuilt as the element ATAK writes for it.
    private static func typedElement(_ field: UInt64, _ b: [UInt8], _ range: Range<Int>) throws(CoTError) -> CoTElement {
        let names: [UInt64: (String, String)] = [
            2: ("contact", "Contact"), 3: ("__group", "Group"), 4: ("precisionlocation", "PrecisionLocation"),
            5: ("status", "Status"), 6: ("takv", "Takv"), 7: ("track", "Track"),
        ]
        let (name, message) = names[field] ?? ("", "")
        var r = ProtobufReader(b, range, what: message)
        var strings: [UInt64: String] = [:]
        var numbers: [UInt64: Double] = [:]
        var battery: UInt64 = 0
        while let (f, wireType) = try r.field() {
            switch (field, f) {
            case (5, 1):
                try r.expect(wireType, 0, field: f)
                battery = try r.varint()
                guard battery <= UInt64(UInt32.max) else { throw r.error("battery \(battery) is over uint32") }
            case (7, 1), (7, 2):
                try r.expect(wireType, 1, field: f)
                numbers[f] = try r.double()
            case (2, 1...2), (3, 1...2), (4, 1...2), (6, 1...4):
                try r.expect(wireType, 2, field: f)
                strings[f] = try r.string()
            default:
                try r.skip(wireType)
            }
        }
        // Fields by attribute name, then written in ATAK's attribute order.
        let fields: [String: String?]
        switch field {
        case 2: fields = ["endpoint": strings[1], "callsign": strings[2]]
        case 3: fields = ["name": strings[1], "role": strings[2]]
        case 4: fields = ["geopointsrc": strings[1], "altsrc": strings[2]]
        case 5: fields = ["battery": String(battery)]
        case 6: fields = ["device": strings[1], "platform": strings[2], "os": strings[3], "version": strings[4]]
        default:
            fields = ["speed": CoTNumber.format(numbers[1] ?? 0), "course": CoTNumber.format(numbers[2] ?? 0)]
        }
        var element = CoTElement(name: name)
        for attribute in TakDetailLayout.attributeOrder[name] ?? [] {
            if let value = fields[attribute] ?? nil, !value.isEmpty { element.setAttribute(attribute, value) }
        }
        return element
    }
}
