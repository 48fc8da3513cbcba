/// A message from a field device: a GeoChat line or a marker it dropped, with where it was
/// sent from (or where the marker is). `TeamReportReader` turns the ones that report contact,
/// custody or a casualty into field reports.
public struct TeamMessage: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case chat
        case marker
    }

    public var kind: Kind
    /// The sender's callsign (a marker's: the device that dropped it, when known).
    public var from: String
    /// The message (a chat line; a marker's remarks, else its name).
    public var text: String
    public var latitude: Double
    public var longitude: Double
    /// The event's uid (repeats of one marker share it).
    public var uid: String

    public init(kind: Kind, from: String, text: String, latitude: Double, longitude: Double, uid: String) {
        self.kind = kind
        self.from = from
        self.text = text
        self.latitude = latitude
        self.longitude = longitude
        self.uid = uid
    }
}
