public import CoT
import GuidepostCore
public import Pipeline

/// What the field's devices see of the watch: each frame turned into CoT events for the TAK
/// server (docs/cot.md has the table, with sources).
///
/// - Each confirmed track is a ground point (`a-u-G` unknown, `a-s-G` suspect once alerted,
///   `a-h-G` when the camera showed an armed KPA party, `a-n-G` neutral for animals — animals
///   off by default), `how` machine-fused, `ce` the 90 % circle of its position covariance,
///   `<track course speed>`, remarks with class, probability and time to the MDL and the fence,
///   stale a few seconds ahead (the next update replaces it). A track that ends is removed.
/// - Each alert awaiting an answer is an alarm (`b-a-g`) linked to its track, re-sent every
///   `alertRepeat` seconds and on every reconnection until it is answered, then removed.
/// - Each guidance route is a `b-m-r` route addressed to its team: the team's path to the
///   meeting point (checkpoint MEET), the escort to reception (checkpoint RECEPTION); the team
///   gets a GeoChat line with the order each time the route is sent. Both go again once the
///   team's device appears on the server if it was not there when they were first sent.
/// - Each incident is a spot marker (`b-m-p-s-m`) where its person was last seen, with its state
///   and team, removed when the incident closes.
///
/// Only what Guidepost computes goes out — ids, classes, numbers, states, team names, places —
/// never a free text a person typed or a name: no event can carry a person's identity.
public struct WatchCoT: Sendable {
    /// What to send and how long it stays fresh on the devices.
    public struct Options: Hashable, Sendable {
        /// Send animal tracks too (neutral); off by default, as a night of deer would bury the
        /// people on the devices.
        public var animals = false
        /// Guidepost's uid prefix and callsign on the server.
        public var uid = "guidepost"
        public var callsign = "Guidepost"
        /// Seconds a track's position stays current on a device without an update.
        public var trackStale = 20.0
        /// Seconds between re-sends of an alert still awaiting an answer.
        public var alertRepeat = 30.0
        /// Seconds a route, chat line or marker stays current (they are re-sent when they change).
        public var standingStale = 6 * 3600.0
        /// Waypoints a route carries at most (a plan's raster path is thinned to this).
        public var routePoints = 60

        public init() {}
    }

    public var options: Options
    private var tracksShown: [String: String] = [:]  // uid → type
    private var alertsSent: [String: (at: CoTTime, signature: String)] = [:]
    private var routesSent: [String: (planned: Double, device: String?)] = [:]  // incident → plan sent, to which device
    private var markersSent: [String: String] = [:]  // incident → signature

    public init(options: Options = .init()) {
        self.options = options
    }

    /// The events that bring the devices up to `frame`, stamped `now` (wall time). `devices`
    /// gives the device uid of each team callsign heard on the server (a direct GeoChat is
    /// addressed to the recipient's device uid; without it, to the callsign).
    public mutating func events(for frame: WatchFrame, at now: CoTTime, devices: [String: String] = [:]) -> [TakOutgoing] {
        var out: [TakOutgoing] = []
        let alertsByID = Dictionary(frame.alerts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Tracks, stamped with the time their scan entered the feed (when the frame says and it
        // is recent): a device's age of a position is then the age of the detections behind it.
        let fed = CoTTime(millisecondsSince1970: Int64(frame.fedAt.isFinite ? frame.fedAt.rounded() : 0))
        let scanned = frame.fedAt > 0 && abs(fed.millisecondsSince1970 - now.millisecondsSince1970) <= 60_000 ? fed : now
        var shown: [String: String] = [:]
        for track in frame.tracks where options.animals || track.targetClass != TargetClass.animal.rawValue {
            let event = trackEvent(track, alert: track.alert.flatMap { alertsByID[$0] }, at: scanned)
            shown[event.uid] = event.type
            out.append(TakOutgoing(kind: .position, event: event))
        }
        for (uid, type) in tracksShown.sorted(by: { $0.key < $1.key }) where shown[uid] == nil {
            out.append(removal(of: uid, type: type, at: now))
        }
        tracksShown = shown
        // Alerts awaiting an answer.
        var waiting: Set<String> = []
        for alert in frame.alerts where alert.rank != nil {
            let uid = alertUID(alert.id)
            waiting.insert(uid)
            // Not the rank: with many alerts open it changes with every frame, and a device needs
            // the alert, not its place in the console's queue.
            let signature = "\(alert.status)|\(alert.camera ?? "")|\(alert.incident ?? "")"
            if let sent = alertsSent[uid], sent.signature == signature,
                Double(now.millisecondsSince1970 - sent.at.millisecondsSince1970) / 1000 < options.alertRepeat
            {
                continue
            }
            alertsSent[uid] = (now, signature)
            out.append(TakOutgoing(kind: .alert, event: alertEvent(alert, at: now), sticky: true))
        }
        for uid in alertsSent.keys.sorted() where !waiting.contains(uid) {
            alertsSent[uid] = nil
            out.append(removal(of: uid, type: "b-a-g", at: now))
        }
        // Routes and the team's orders, incident markers.
        var standing: Set<String> = []
        var marked: Set<String> = []
        for incident in frame.incidents {
            let closed = ["closed", "lost", "retreated", "handed_over", "body_recovered"].contains(incident.state)
            if let route = incident.route, !closed {
                standing.insert(incident.id)
                let sent = routesSent[incident.id]
                // A new plan goes out at once; a plan sent before the team's device was on the
                // server goes again when it appears (a server delivers an addressed event only
                // to devices it knows).
                let device = devices[route.team]
                if sent?.planned != route.planned || (sent?.device == nil && device != nil) {
                    let again = sent != nil && sent?.planned != route.planned
                    routesSent[incident.id] = (route.planned, device)
                    out.append(TakOutgoing(kind: .route, event: routeEvent(route, incident: incident.id, at: now), sticky: true))
                    out.append(TakOutgoing(kind: .chat, event: orderChat(route, incident: incident.id, again: again, device: device, at: now)))
                }
            }
            guard !closed, let place = place(of: incident, alerts: frame.alerts) else { continue }
            marked.insert(incident.id)
            let signature = "\(incident.state)|\(incident.team ?? "")|\(Int(place.x))|\(Int(place.y))"
            guard markersSent[incident.id] != signature else { continue }
            markersSent[incident.id] = signature
            out.append(TakOutgoing(kind: .marker, event: markerEvent(incident, at: place, clock: frame.clock, now: now), sticky: true))
        }
        for id in routesSent.keys.sorted() where !standing.contains(id) {
            routesSent[id] = nil
            out.append(removal(of: routeUID(id), type: "b-m-r", at: now))
        }
        for id in markersSent.keys.sorted() where !marked.contains(id) {
            markersSent[id] = nil
            out.append(removal(of: markerUID(id), type: "b-m-p-s-m", at: now))
        }
        return out
    }

    // MARK: uids

    func trackUID(_ id: String) -> String { "\(options.uid).track.\(id)" }
    func alertUID(_ id: String) -> String { "\(options.uid).alert.\(id)" }
    func routeUID(_ incident: String) -> String { "\(options.uid).route.\(incident)" }
    func markerUID(_ incident: String) -> String { "\(options.uid).incident.\(incident)" }

    // MARK: events

    func trackEvent(_ track: WatchFrame.TrackView, alert: WatchFrame.AlertView?, at now: CoTTime) -> CoTEvent {
        let affiliation: String
        if track.targetClass == TargetClass.animal.rawValue {
            affiliation = "n"
        } else if alert?.camera == "KPA party" {
            affiliation = "h"
        } else if track.alert != nil {
            affiliation = "s"
        } else {
            affiliation = "u"
        }
        let p = CoTGeometry.point(x: track.x, y: track.y, sigma: track.sigma)
        let (course, speed) = CoTGeometry.course(x: track.x, y: track.y, vx: track.vx, vy: track.vy)
        var remarks = "\(track.targetClass) \(CoTGeometry.percent(track.probability))"
        if let m = track.timeToMDL { remarks += ", MDL in \(CoTGeometry.minutes(m))" }
        if let f = track.timeToFence { remarks += ", fence in \(CoTGeometry.minutes(f))" }
        if let a = track.alert { remarks += ", alert \(a)" }
        var detail = [
            CoTElement(name: "contact", attributes: [CoTAttribute(name: "callsign", value: "\(track.targetClass) \(track.id)")]),
            CoTElement(name: "track", attributes: [
                CoTAttribute(name: "course", value: CoTGeometry.decimal(course, places: 1)),
                CoTAttribute(name: "speed", value: CoTGeometry.decimal(speed, places: 2)),
            ]),
            CoTElement(name: "remarks", text: remarks),
        ]
        if let a = track.alert {
            detail.append(CoTElement(name: "link", attributes: [
                CoTAttribute(name: "uid", value: alertUID(a)), CoTAttribute(name: "type", value: "b-a-g"),
                CoTAttribute(name: "relation", value: "p-p"),
            ]))
        }
        return TakEvents.event(
            uid: trackUID(track.id), type: "a-\(affiliation)-G", how: "m-f", at: now, stale: now.adding(seconds: options.trackStale),
            point: p, detail: detail)
    }

    func alertEvent(_ alert: WatchFrame.AlertView, at now: CoTTime) -> CoTEvent {
        var remarks = "ALERT \(alert.id) (\(alert.status)): \(alert.targetClass) \(CoTGeometry.percent(alert.confidence)), \(alert.reason)"
        if let m = alert.timeToMDL { remarks += ", MDL in \(CoTGeometry.minutes(m))" }
        if let f = alert.timeToFence { remarks += ", fence in \(CoTGeometry.minutes(f))" }
        if let c = alert.camera { remarks += ", camera: \(c)" }
        if let i = alert.incident { remarks += ", incident \(i)" }
        let detail = [
            CoTElement(name: "contact", attributes: [CoTAttribute(name: "callsign", value: "ALERT \(alert.id)")]),
            CoTElement(name: "link", attributes: [
                CoTAttribute(name: "uid", value: trackUID(alert.track)), CoTAttribute(name: "type", value: "a-s-G"),
                CoTAttribute(name: "relation", value: "p-p"),
            ]),
            CoTElement(name: "remarks", text: remarks),
        ]
        return TakEvents.event(
            uid: alertUID(alert.id), type: "b-a-g", how: "m-f", at: now, stale: now.adding(seconds: options.alertRepeat * 3),
            point: CoTGeometry.point(x: alert.x, y: alert.y, sigma: nil), detail: detail)
    }

    func routeEvent(_ route: WatchFrame.RouteView, incident: String, at now: CoTTime) -> CoTEvent {
        let uid = routeUID(incident)
        let team = CoTGeometry.thin(route.teamRoute, to: options.routePoints / 2)
        let escort = CoTGeometry.thin(route.personRoute, to: options.routePoints / 2)
        var links: [CoTElement] = []
        func link(_ p: [Double], _ n: Int, type: String, callsign: String) {
            guard p.count >= 2 else { return }
            let g = CoTGeometry.point(x: p[0], y: p[1], sigma: nil)
            links.append(CoTElement(name: "link", attributes: [
                CoTAttribute(name: "uid", value: "\(uid).\(n)"), CoTAttribute(name: "callsign", value: callsign),
                CoTAttribute(name: "type", value: type),
                CoTAttribute(name: "point", value: "\(CoTGeometry.decimal(g.lat, places: 7)),\(CoTGeometry.decimal(g.lon, places: 7))"),
                CoTAttribute(name: "remarks", value: ""), CoTAttribute(name: "relation", value: "c"),
            ]))
        }
        var n = 0
        for (i, p) in team.enumerated() where i < team.count - 1 || team.count == 1 {
            link(p, n, type: i == 0 ? "b-m-p-w" : "b-m-p-w", callsign: i == 0 ? "START" : "")
            n += 1
        }
        link(route.meeting, n, type: "b-m-p-c", callsign: "MEET")
        n += 1
        for (i, p) in escort.enumerated() where i > 0 {
            link(p, n, type: i == escort.count - 1 ? "b-m-p-c" : "b-m-p-w", callsign: i == escort.count - 1 ? "RECEPTION" : "")
            n += 1
        }
        let start = route.teamRoute.first ?? route.meeting
        let remarks = "Guidance for incident \(incident), team \(route.team): meet the person at MEET, "
            + "then escort to RECEPTION (person's walk about \(CoTGeometry.minutes(route.personTime)), mine risk \(CoTGeometry.percent(route.mineRisk)))"
        let detail = links + [
            CoTElement(name: "link_attr", attributes: [
                CoTAttribute(name: "planningmethod", value: "Infil"), CoTAttribute(name: "color", value: "-65536"),
                CoTAttribute(name: "method", value: "Walking"), CoTAttribute(name: "prefix", value: "CP"),
                CoTAttribute(name: "type", value: "On Foot"), CoTAttribute(name: "stroke", value: "3"),
                CoTAttribute(name: "direction", value: "Infil"), CoTAttribute(name: "routetype", value: "Primary"),
                CoTAttribute(name: "order", value: "Ascending Check Points"),
            ]),
            CoTElement(name: "strokeColor", attributes: [CoTAttribute(name: "value", value: "-65536")]),
            CoTElement(name: "contact", attributes: [CoTAttribute(name: "callsign", value: "\(incident) guidance")]),
            CoTElement(name: "remarks", text: remarks),
            CoTElement(name: "__routeinfo", children: [CoTElement(name: "__navcues")]),
            CoTElement(name: "marti", children: [CoTElement(name: "dest", attributes: [CoTAttribute(name: "callsign", value: route.team)])]),
        ]
        return TakEvents.event(
            uid: uid, type: "b-m-r", how: "h-e", at: now, stale: now.adding(seconds: options.standingStale),
            point: CoTGeometry.point(x: start.count >= 2 ? start[0] : 0, y: start.count >= 2 ? start[1] : 0, sigma: nil), detail: detail)
    }

    /// The team's order as a GeoChat line to its callsign.
    func orderChat(_ route: WatchFrame.RouteView, incident: String, again: Bool, device: String?, at now: CoTTime) -> CoTEvent {
        let to = device ?? route.team
        let meet = route.meeting.count >= 2 ? CoTGeometry.point(x: route.meeting[0], y: route.meeting[1], sigma: nil) : .nowhere
        let grid = route.meeting.count >= 2 ? CoTGeometry.mgrs(x: route.meeting[0], y: route.meeting[1]) : "?"
        let length = CoTGeometry.length(route.teamRoute)
        let text = "\(incident): \(again ? "route changed" : "go"). Follow route \(incident) guidance, "
            + "\(Int(length.rounded())) m to MEET at \(grid) "
            + "(\(CoTGeometry.decimal(meet.lat, places: 5)), \(CoTGeometry.decimal(meet.lon, places: 5))); "
            + "identify yourselves, then escort the person to RECEPTION along the route. Report CONTACT and CUSTODY."
        let messageID = "\(incident)-\(Int(route.planned.rounded()))"
        let uid = "GeoChat.\(options.uid).\(to).\(messageID)"
        let detail = [
            CoTElement(name: "__chat", attributes: [
                CoTAttribute(name: "parent", value: "RootContactGroup"), CoTAttribute(name: "groupOwner", value: "false"),
                CoTAttribute(name: "messageId", value: messageID), CoTAttribute(name: "chatroom", value: route.team),
                CoTAttribute(name: "id", value: to), CoTAttribute(name: "senderCallsign", value: options.callsign),
            ], children: [
                CoTElement(name: "chatgrp", attributes: [
                    CoTAttribute(name: "uid0", value: options.uid), CoTAttribute(name: "uid1", value: to),
                    CoTAttribute(name: "id", value: to),
                ]),
            ]),
            CoTElement(name: "link", attributes: [
                CoTAttribute(name: "uid", value: options.uid), CoTAttribute(name: "type", value: "a-f-G-U-C"),
                CoTAttribute(name: "relation", value: "p-p"),
            ]),
            CoTElement(name: "remarks", attributes: [
                CoTAttribute(name: "source", value: "BAO.F.ATAK.\(options.uid)"), CoTAttribute(name: "to", value: to),
                CoTAttribute(name: "time", value: now.iso8601),
            ], text: text),
            CoTElement(name: "marti", children: [CoTElement(name: "dest", attributes: [CoTAttribute(name: "callsign", value: route.team)])]),
        ]
        return TakEvents.event(
            uid: uid, type: "b-t-f", how: "h-g-i-g-o", at: now, stale: now.adding(seconds: options.standingStale), point: meet, detail: detail)
    }

    func markerEvent(_ incident: WatchFrame.IncidentView, at place: (x: Double, y: Double), clock: String?, now: CoTTime) -> CoTEvent {
        var remarks = "Incident \(incident.id): \(incident.state.replacingUnderscores())"
        if let team = incident.team { remarks += ", team \(team)" }
        let detail = [
            CoTElement(name: "contact", attributes: [CoTAttribute(name: "callsign", value: "\(incident.id) \(incident.state.replacingUnderscores())")]),
            CoTElement(name: "remarks", text: remarks),
            CoTElement(name: "color", attributes: [CoTAttribute(name: "argb", value: "-256")]),
        ]
        return TakEvents.event(
            uid: markerUID(incident.id), type: "b-m-p-s-m", how: "h-g-i-g-o", at: now, stale: now.adding(seconds: options.standingStale),
            point: CoTGeometry.point(x: place.x, y: place.y, sigma: nil), detail: detail)
    }

    func removal(of uid: String, type: String, at now: CoTTime) -> TakOutgoing {
        let detail = [
            CoTElement(name: "link", attributes: [
                CoTAttribute(name: "uid", value: uid), CoTAttribute(name: "relation", value: "none"), CoTAttribute(name: "type", value: type),
            ]),
            CoTElement(name: "__forcedelete"),
        ]
        let event = TakEvents.event(uid: "\(uid).delete", type: "t-x-d-d", how: "m-g", at: now, stale: now.adding(seconds: 20), detail: detail)
        return TakOutgoing(kind: .removal, event: event, removes: uid)
    }

    /// Where an incident's person was last seen: its latest alert's place, else its route's
    /// meeting point.
    func place(of incident: WatchFrame.IncidentView, alerts: [WatchFrame.AlertView]) -> (x: Double, y: Double)? {
        if let a = alerts.filter({ $0.incident == incident.id }).max(by: { $0.raised < $1.raised }) { return (a.x, a.y) }
        if let m = (incident.route ?? incident.proposal)?.meeting, m.count >= 2 { return (m[0], m[1]) }
        return nil
    }
}

extension String {
    func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }
}
