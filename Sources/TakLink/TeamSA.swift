public import CoT
public import GuidepostCore

/// A team's own position report as an ATAK device sends it (situational awareness,
/// `a-f-G-U-C` with its callsign, group and device): what Guidepost publishes for a simulated
/// team so a whole incident can run through a TAK server, and what tests send as a real team.
public enum TeamSA {
    /// The SA event of team `name` at planar `position`, stamped `now`, from a device `uid`.
    public static func event(name: String, uid: String, position: Point, at now: CoTTime, stale: Double = 60) -> CoTEvent {
        var point = CoTGeometry.point(x: position.x, y: position.y, sigma: nil)
        point.ce = 10
        let detail = [
            CoTElement(name: "contact", attributes: [
                CoTAttribute(name: "callsign", value: name), CoTAttribute(name: "endpoint", value: "*:-1:stcp"),
            ]),
            CoTElement(name: "__group", attributes: [CoTAttribute(name: "name", value: "Cyan"), CoTAttribute(name: "role", value: "Team Lead")]),
            CoTElement(name: "takv", attributes: [
                CoTAttribute(name: "device", value: "Guidepost simulator"), CoTAttribute(name: "platform", value: "Guidepost"),
                CoTAttribute(name: "os", value: "Linux"), CoTAttribute(name: "version", value: "1"),
            ]),
            CoTElement(name: "precisionlocation", attributes: [
                CoTAttribute(name: "geopointsrc", value: "GPS"), CoTAttribute(name: "altsrc", value: "???"),
            ]),
        ]
        return TakEvents.event(uid: uid, type: "a-f-G-U-C", how: "m-g", at: now, stale: now.adding(seconds: stale), point: point, detail: detail)
    }
}
