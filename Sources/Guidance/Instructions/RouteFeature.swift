public import Border

/// What a stretch of route follows, for instructions: a named corridor, a stream bed, or open
/// ground.
public enum RouteFeature: Sendable, Hashable {
    /// A road, railway, patrol or supply road (cleared of mines).
    case corridor(name: String, kind: Corridor.Kind)
    /// A wadeable stream bed.
    case streamBed(name: String)
    /// Anything else.
    case openGround

    /// The phrase after "walk … m": "along the ROK GOP patrol road", "across open ground".
    public var phrase: String {
        switch self {
        case .corridor, .streamBed: "along " + nounPhrase
        case .openGround: "across open ground"
        }
    }

    /// "the ROK GOP patrol road", "the stream bed", "open ground".
    public var nounPhrase: String {
        switch self {
        case .corridor(let name, let kind):
            switch name.lowercased() {
            case "", "road": return kind == .rail ? "the railway" : "the road"
            case "rail": return "the railway"
            case "path": return "the path"
            default: return name.lowercased().hasPrefix("the ") ? name : "the " + name
            }
        case .streamBed(let name):
            let clean = name.replacingSuffix(" (generated)")
            return clean.isEmpty ? "the stream bed" : "the stream bed (\(clean))"
        case .openGround:
            return "open ground"
        }
    }
}

extension String {
    /// The string without `suffix` at its end, if it is there.
    func replacingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
