import GuidepostCore
public import Operations

/// Turns what a field device sends into the field reports the engine takes from any field
/// channel (the simulator sends the same ones). A message reports when its text starts with a
/// report word (any case): `CONTACT` (the team met the person and identified itself),
/// `CUSTODY` (the person is held; `CUSTODY AT SEA` on the water), `CASUALTY` (someone is hurt;
/// `CASUALTY MINE` or `CASUALTY GUNFIRE` says by what). Anything else is chat for people, not a
/// report. The report is placed where the message was sent from (a chat line) or where the
/// marker is.
///
/// A report carries no free text from the device: the subject of a custody or casualty is an
/// opaque reference made here (the sender's callsign and a count), the casualty's cause one of
/// the words above, so nothing a person types can put a name into the log or the reports.
public struct TeamReportReader: Sendable {
    private var custodies = 0
    private var casualties = 0

    public init() {}

    /// The report `message` makes, nil if it makes none.
    public mutating func report(_ message: TeamMessage) -> FieldReport? {
        let words = message.text.uppercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard let first = words.first else { return nil }
        let at = CoTGeometry.planar(latitude: message.latitude, longitude: message.longitude)
        guard at.isFinite else { return nil }
        switch first {
        case "CONTACT":
            return .contact(team: message.from, at: at)
        case "CUSTODY":
            custodies += 1
            let atSea = words.contains("SEA") || words.contains("BOAT") || words.contains("WATER")
            return .custody(subject: "tak-\(message.from)-custody-\(custodies)", at: at, by: message.from, atSea: atSea)
        case "CASUALTY":
            casualties += 1
            let cause = words.contains("MINE") ? "mine" : words.contains("GUNFIRE") || words.contains("SHOT") ? "gunfire" : "reported by the team"
            return .casualty(subject: "tak-\(message.from)-casualty-\(casualties)", at: at, detail: cause)
        default:
            return nil
        }
    }
}
