public import CoT
import NIOConcurrencyHelpers

/// What the TAK server sends Guidepost, sorted for the watch: the latest position each field
/// device reports (by callsign), and the chat lines and markers its devices send, kept until the
/// watch takes them. Guidepost's own events echoed back (uids beginning `ownPrefix`) are ignored.
public final class TakInbox: Sendable {
    private struct State: Sendable {
        var sightings: [String: TeamSighting] = [:]
        var callsigns: [String: String] = [:]  // device uid → callsign
        var messages: [TeamMessage] = []
        var seenMarkers: Set<String> = []
        var stats = TakInboxStats()
    }

    /// The uid prefix of Guidepost's own events.
    public let ownPrefix: String
    /// Messages kept at most until the watch takes them (the oldest go first).
    public let messageCapacity: Int
    private let state = NIOLockedValueBox(State())

    public init(ownPrefix: String = "guidepost", messageCapacity: Int = 1024) {
        self.ownPrefix = ownPrefix
        self.messageCapacity = max(1, messageCapacity)
    }

    /// Takes in one event from the server.
    public func receive(_ event: CoTEvent, at now: ContinuousClock.Instant = .now) {
        state.withLockedValue { s in
            s.stats.events += 1
            if s.stats.types.count < 256 || s.stats.types[event.type] != nil { s.stats.types[event.type, default: 0] += 1 }
            guard !event.uid.hasPrefix(ownPrefix), !event.type.hasPrefix("t-") else {
                s.stats.ignored += 1
                return
            }
            let lat = event.point.lat, lon = event.point.lon
            let placed = lat.isFinite && lon.isFinite && abs(lat) <= 90 && abs(lon) <= 180 && !(lat == 0 && lon == 0)
            if event.type.hasPrefix("a-f-"), let callsign = CoTReading.callsign(event), placed {
                s.stats.positions += 1
                s.callsigns[event.uid] = callsign
                s.sightings[callsign] = TeamSighting(callsign: callsign, uid: event.uid, latitude: lat, longitude: lon, received: now)
                return
            }
            if event.type == "b-t-f", let text = CoTReading.remarks(event) {
                let chat = CoTReading.element("__chat", in: event)
                let from = CoTReading.attribute("senderCallsign", of: chat)
                    ?? CoTReading.attribute("uid", of: CoTReading.element("link", in: event)).flatMap { s.callsigns[$0] } ?? "unknown"
                // A chat line carries the sender's position in its point (0,0 when the device had none).
                let at = placed ? (lat, lon) : s.sightings[from].map { ($0.latitude, $0.longitude) }
                guard let at else {
                    s.stats.ignored += 1
                    return
                }
                Self.keep(TeamMessage(kind: .chat, from: from, text: text, latitude: at.0, longitude: at.1, uid: event.uid), in: &s, capacity: messageCapacity)
                return
            }
            if event.type.hasPrefix("b-m-p-") || event.type.hasPrefix("a-u-") || event.type.hasPrefix("a-h-") || event.type.hasPrefix("a-n-"),
                placed, let text = CoTReading.remarks(event) ?? CoTReading.callsign(event)
            {
                // Devices repeat a marker every few seconds: the first copy is the report.
                guard s.seenMarkers.insert(event.uid + "|" + text).inserted else {
                    s.stats.ignored += 1
                    return
                }
                let parent = CoTReading.element("link", in: event).flatMap { CoTReading.attribute("uid", of: $0) }
                let from = parent.flatMap { s.callsigns[$0] } ?? CoTReading.attribute("parent_callsign", of: CoTReading.element("link", in: event)) ?? "unknown"
                Self.keep(TeamMessage(kind: .marker, from: from, text: text, latitude: lat, longitude: lon, uid: event.uid), in: &s, capacity: messageCapacity)
                return
            }
            s.stats.ignored += 1
        }
    }

    private static func keep(_ message: TeamMessage, in s: inout State, capacity: Int) {
        s.stats.messages += 1
        s.messages.append(message)
        if s.messages.count > capacity { s.messages.removeFirst(s.messages.count - capacity) }
    }

    /// Counts a frame the link could not read.
    public func refused() {
        state.withLockedValue { $0.stats.refused += 1 }
    }

    /// The latest report of each device received within `maxAge` of `now`, by callsign.
    public func sightings(maxAge: Duration, now: ContinuousClock.Instant = .now) -> [TeamSighting] {
        state.withLockedValue { s in
            s.sightings.values.filter { now - $0.received <= maxAge }.sorted { $0.callsign < $1.callsign }
        }
    }

    /// The device uid of each callsign that has reported its position (for direct GeoChat).
    public func devices() -> [String: String] {
        state.withLockedValue { s in s.sightings.mapValues(\.uid) }
    }

    /// The messages received since the last call, oldest first.
    public func takeMessages() -> [TeamMessage] {
        state.withLockedValue { s in
            defer { s.messages = [] }
            return s.messages
        }
    }

    public var stats: TakInboxStats { state.withLockedValue(\.stats) }
}
