/// CoT 2.0 XML: the encoding every TAK endpoint speaks (TAK protocol version 0), and the form
/// events take before a server negotiates protobuf.
public enum CoTXML {
    /// The declaration ATAK and TAK Server put before each streamed event.
    public static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#

    /// The event as XML. Deterministic: attributes in a fixed order, `event`'s as
    /// version, uid, type, how, time, start, stale, then access, qos, opex when set; `point`'s as
    /// lat, lon, hae, ce, le; numbers as the shortest text that reads back to the same `Double`;
    /// detail as given (`CoTElement`). With `declaration`, ``declaration`` and a newline come first.
    ///
    /// A non-finite latitude or longitude is written as 0, and one out of range is clamped to it;
    /// a non-finite hae, ce or le is written as `CoTPoint.unknown`.
    public static func encode(_ event: CoTEvent, declaration: Bool = false) -> String {
        String(decoding: encodedBytes(event, declaration: declaration), as: UTF8.self)
    }

    /// ``encode(_:declaration:)`` as UTF-8 bytes, ready for a socket.
    public static func encodedBytes(_ event: CoTEvent, declaration: Bool = false) -> [UInt8] {
        var w = XMLWriter(style: .compact)
        if declaration { w.raw(Self.declaration + "\n") }
        w.raw("<event")
        w.attribute("version", event.version)
        w.attribute("uid", event.uid)
        w.attribute("type", event.type)
        w.attribute("how", event.how)
        w.attribute("time", event.time.iso8601)
        w.attribute("start", event.start.iso8601)
        w.attribute("stale", event.stale.iso8601)
        for (name, value) in [("access", event.access), ("qos", event.qos), ("opex", event.opex)] {
            if let value, !value.isEmpty { w.attribute(name, value) }
        }
        w.raw("><point")
        w.attribute("lat", CoTNumber.format(clamped(event.point.lat, 90)))
        w.attribute("lon", CoTNumber.format(clamped(event.point.lon, 180)))
        for (name, value) in [("hae", event.point.hae), ("ce", event.point.ce), ("le", event.point.le)] {
            w.attribute(name, CoTNumber.format(value.isFinite ? value : CoTPoint.unknown))
        }
        if event.detail.isEmpty {
            w.raw("/><detail/></event>")
        } else {
            w.raw("/><detail>")
            for element in event.detail { w.element(element) }
            w.raw("</detail></event>")
        }
        return w.out
    }

    /// Reads one XML event (an optional declaration, comments and whitespace around it allowed).
    ///
    /// Required: the root `<event>` with non-empty `uid` and `type`, `how`, and `time`, `start`,
    /// `stale` as ISO 8601 UTC; one `<point>` with `lat` (−90…90) and `lon` (−180…180). A missing
    /// `version` reads as `2.0`; a missing `hae`, `ce` or `le`, or one written `NaN`, as
    /// `CoTPoint.unknown`. Other attributes of `event` and `point`, and children of `event` other
    /// than `point` and `detail`, are not part of `CoTEvent` and are dropped.
    ///
    /// - Throws: `CoTError` for anything over `limits`, any XML outside the subset `XMLReader`
    ///   reads (a DOCTYPE or entity declaration included), and anything CoT requires that is missing.
    public static func decode(_ bytes: some Collection<UInt8>, limits: CoTLimits = .init()) throws(CoTError) -> CoTEvent {
        let count = bytes.count
        guard count <= limits.maxEventBytes else {
            throw .eventTooLarge(offset: 0, size: count, limit: limits.maxEventBytes)
        }
        let document = try XMLReader.document(Array(bytes), limits: limits)
        return try event(document)
    }

    private static func event(_ document: XMLReader.Document) throws(CoTError) -> CoTEvent {
        let root = document.root
        let at = document.rootOffset
        guard root.name == "event" else { throw .notAnEvent(offset: at, root: root.name) }
        func required(_ name: String, nonEmpty: Bool = false) throws(CoTError) -> String {
            guard let value = root[attribute: name] else {
                throw .missingAttribute(offset: at, element: "event", name: name)
            }
            if nonEmpty && value.isEmpty {
                throw .invalidAttribute(offset: at, element: "event", name: name, value: "", expected: "a non-empty value")
            }
            return value
        }
        func time(_ name: String) throws(CoTError) -> CoTTime {
            let text = try required(name)
            guard let time = CoTTime(iso8601: text) else {
                throw .invalidAttribute(
                    offset: at, element: "event", name: name, value: String(text.prefix(64)),
                    expected: "an ISO 8601 UTC time such as 2026-12-03T01:02:03.456Z")
            }
            return time
        }
        var pointIndex: Int?
        var detailIndex: Int?
        for (index, child) in root.children.enumerated() {
            let offset = document.childOffsets[index]
            if child.name == "point" {
                if pointIndex != nil { throw .duplicateElement(offset: offset, name: "point") }
                pointIndex = index
            } else if child.name == "detail" {
                if detailIndex != nil { throw .duplicateElement(offset: offset, name: "detail") }
                detailIndex = index
            }
        }
        guard let pointIndex else { throw .missingElement(offset: at, name: "point") }
        let point = try self.point(root.children[pointIndex], at: document.childOffsets[pointIndex])
        return CoTEvent(
            version: root[attribute: "version"] ?? "2.0", uid: try required("uid", nonEmpty: true),
            type: try required("type", nonEmpty: true), how: try required("how"), time: try time("time"),
            start: try time("start"), stale: try time("stale"), point: point,
            access: nonEmpty(root[attribute: "access"]), qos: nonEmpty(root[attribute: "qos"]),
            opex: nonEmpty(root[attribute: "opex"]), detail: detailIndex.map { root.children[$0].children } ?? [])
    }

    private static func point(_ element: CoTElement, at offset: Int) throws(CoTError) -> CoTPoint {
        func coordinate(_ name: String, _ bound: Double) throws(CoTError) -> Double {
            guard let text = element[attribute: name] else {
                throw .missingAttribute(offset: offset, element: "point", name: name)
            }
            guard let value = CoTNumber.parse(text), abs(value) <= bound else {
                throw .invalidAttribute(
                    offset: offset, element: "point", name: name, value: String(text.prefix(64)),
                    expected: "a decimal number from -\(Int(bound)) to \(Int(bound))")
            }
            return value
        }
        func optional(_ name: String) throws(CoTError) -> Double {
            guard let text = element[attribute: name], text.lowercased() != "nan" else { return CoTPoint.unknown }
            guard let value = CoTNumber.parse(text) else {
                throw .invalidAttribute(
                    offset: offset, element: "point", name: name, value: String(text.prefix(64)),
                    expected: "a decimal number (9999999 for unknown)")
            }
            return value
        }
        return CoTPoint(
            lat: try coordinate("lat", 90), lon: try coordinate("lon", 180), hae: try optional("hae"),
            ce: try optional("ce"), le: try optional("le"))
    }

    static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }

    private static func clamped(_ value: Double, _ bound: Double) -> Double {
        value.isFinite ? min(max(value, -bound), bound) : 0
    }
}
