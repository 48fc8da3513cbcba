public import GuidepostCore
public import Operations
public import Pipeline

/// The watch's feed with the field's devices joined in: each scan of the feed inside (the
/// simulator, a detection stream) gets the teams' own positions as their devices report them
/// over the TAK server — named, so a team out on an operation is re-planned from where it
/// really is, and as blue force, so the tracker's tracks on them are never alerted — and the
/// field reports their chat lines and markers make (contact, custody, casualty).
///
/// With `device`, it also sends the simulator's own teams to the server as their devices
/// would (`TeamSA`, through `device`, a link of their own): the server relays them back to the
/// watch's link, so a whole incident runs through a real TAK server.
public final class TakTeamFeed<Inner: WatchFeed>: WatchFeed {
    public let inner: Inner
    private let inbox: TakInbox
    private let device: TakOutbox?
    private let publish: (() -> [(name: String, position: Point)])?
    /// A device's report counts this long after it arrived.
    public var maxAge: Duration = .seconds(60)
    /// Feed seconds between a simulated team's position reports.
    public var publishInterval = 2.0
    private var reader = TeamReportReader()
    private var published: [String: Double] = [:]

    /// The feed `inner` joined with what `inbox` receives; with `device`, the simulator's teams
    /// (`publish`, else `inner`'s own `TeamPositionReporting`) go out through it.
    public init(_ inner: Inner, inbox: TakInbox, device: TakOutbox? = nil, publish: (() -> [(name: String, position: Point)])? = nil) {
        self.inner = inner
        self.inbox = inbox
        self.device = device
        self.publish = publish
    }

    public var health: FeedHealth { inner.health }

    public func nextScan(isolation: isolated (any Actor)? = #isolation) async -> FieldScan? {
        guard var scan = await inner.nextScan(isolation: isolation) else { return nil }
        if let device {
            let now = TakClock.now()
            let teams = publish?() ?? (inner as? any TeamPositionReporting)?.teamPositions ?? []
            for (name, position) in teams where position.isFinite {
                if let last = published[name], scan.t - last < publishInterval { continue }
                published[name] = scan.t
                let event = TeamSA.event(name: name, uid: "SIM-\(name)", position: position, at: now)
                device.send(TakOutgoing(kind: .position, event: event))
            }
        }
        for sighting in inbox.sightings(maxAge: maxAge) {
            let p = CoTGeometry.planar(latitude: sighting.latitude, longitude: sighting.longitude)
            guard p.isFinite else { continue }
            scan.teams[sighting.callsign] = p
            scan.friendlies.append(p)
        }
        for message in inbox.takeMessages() {
            if let report = reader.report(message) { scan.reports.append(report) }
        }
        return scan
    }

    public func carryOut(_ command: FieldCommand) {
        inner.carryOut(command)
    }
}
