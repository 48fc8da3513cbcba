/// Read helpers for the detail elements ATAK uses, so a mapper need not walk the tree, and a few
/// builders for writing them.
extension CoTEvent {
    /// The first detail child called `name`.
    public func detail(named name: String) -> CoTElement? {
        detail.first { $0.name == name }
    }

    /// `<contact callsign="…">`: the name ATAK shows on the map.
    public var callsign: String? { detail(named: "contact")?[attribute: "callsign"] }

    /// `<contact endpoint="…">`: where the sender takes direct connections (`*:-1:stcp` via a server).
    public var endpoint: String? { detail(named: "contact")?[attribute: "endpoint"] }

    /// `<remarks>` text: free text on a marker, or a GeoChat message body.
    public var remarks: String? { detail(named: "remarks")?.text }

    /// `<track course="…" speed="…">`, when both are numbers.
    public var track: CoTTrack? {
        guard let track = detail(named: "track"), let course = track[attribute: "course"].flatMap(CoTNumber.parse),
            let speed = track[attribute: "speed"].flatMap(CoTNumber.parse)
        else { return nil }
        return CoTTrack(course: course, speed: speed)
    }

    /// `<__group name="…">`: the team colour (Cyan, …).
    public var teamName: String? { detail(named: "__group")?[attribute: "name"] }

    /// `<__group role="…">`: Team Member, Team Lead, HQ, Sniper, Medic, Forward Observer, RTO, K9.
    public var teamRole: String? { detail(named: "__group")?[attribute: "role"] }

    /// `<status battery="…">` in percent.
    public var battery: Int? { detail(named: "status")?[attribute: "battery"].flatMap { Int($0) } }

    /// Every `<link>`: a route's waypoints (`b-m-r`), a chat's sender, a marker's parent.
    public var links: [CoTElement] { detail.filter { $0.name == "link" } }

    /// Whether this is a GeoChat message (`b-t-f`).
    public var isChat: Bool { type == "b-t-f" || type.hasPrefix("b-t-f-") }

    /// `<__chat chatroom="…">`: the room a GeoChat message was posted to (`All Chat Rooms`, a callsign, a group).
    public var chatRoom: String? { detail(named: "__chat")?[attribute: "chatroom"] }

    /// `<__chat senderCallsign="…">`: who wrote a GeoChat message.
    public var chatSender: String? { detail(named: "__chat")?[attribute: "senderCallsign"] }

    /// `<__chat messageId="…">`: a GeoChat message's id, for de-duplication and read receipts.
    public var chatMessageID: String? { detail(named: "__chat")?[attribute: "messageId"] }
}

extension CoTElement {
    /// `<contact callsign="…" [endpoint="…"]/>`.
    public static func contact(callsign: String, endpoint: String? = nil) -> CoTElement {
        var element = CoTElement(name: "contact")
        if let endpoint { element.setAttribute("endpoint", endpoint) }
        element.setAttribute("callsign", callsign)
        return element
    }

    /// `<remarks>text</remarks>`.
    public static func remarks(_ text: String) -> CoTElement {
        CoTElement(name: "remarks", text: text.isEmpty ? nil : text)
    }

    /// `<track course="…" speed="…"/>` (degrees from true north, metres per second).
    public static func track(_ track: CoTTrack) -> CoTElement {
        CoTElement("track", ["course": CoTNumber.format(track.course), "speed": CoTNumber.format(track.speed)])
    }

    /// `<__group role="…" name="…"/>`.
    public static func group(name: String, role: String) -> CoTElement {
        CoTElement("__group", ["role": role, "name": name])
    }

    /// `<link uid="…" type="…" relation="…"/>` plus any further attributes, in order.
    public static func link(uid: String, type: String, relation: String, _ more: KeyValuePairs<String, String> = [:]) -> CoTElement {
        var element = CoTElement("link", ["uid": uid, "type": type, "relation": relation])
        for (name, value) in more { element.setAttribute(name, value) }
        return element
    }
}
