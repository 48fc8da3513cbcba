/// What an operator sees when they slew a post's camera or TOD to a spot and look (the check
/// behind every alert, domain.md §3.1: an alarm is confirmed or dismissed on the camera). The
/// simulator answers the check (`SimulationEngine.cameraCheck`), a deployment's cameras would,
/// and Operations' alert policy revises the operator's answer by it; one type for all three, so
/// the field hands the view on as it is.
public enum CameraView: Hashable, Sendable {
    /// Something of this class is in view at the spot (a person wins over an animal).
    case shows(TargetClass)
    /// Something is there, but the operator cannot tell what (issue 21: too few pixels on it, fog,
    /// night on a visible camera): a second look, another sensor or a team must settle it.
    case cannotTell
    /// Something is there and the operator names its class, but knows it is a guess (too few
    /// pixels to recognise it: a shape the size of a man or of a water deer): a low-confidence
    /// answer, which the policy treats like "cannot tell" — another look, then watched.
    case unsure(TargetClass)
    /// Armed KPA soldiers moving as a party (a patrol, a search or a work party), and no lone
    /// person among them: what they wear and carry tells them from a defector.
    case kpaParty
    /// A working camera or TOD covers the spot and nothing is there to see.
    case nothing
    /// No working camera or TOD reaches the spot: the alert stands on the tracker's word alone.
    case uncovered
}

extension CameraView {
    /// Whether the view leaves what is there open: "cannot tell", or a guess (`unsure`).
    public var isInconclusive: Bool {
        switch self {
        case .cannotTell, .unsure: true
        case .shows, .kpaParty, .nothing, .uncovered: false
        }
    }
}

extension CameraView: Codable {
    /// The view as one word, as logs and look records write it: `human`, `animal`, `vehicle`,
    /// `unknown`, `cannot-tell`, `unsure-human` (and `unsure-` any class), `kpa-party`, `nothing`, `uncovered`.
    public var word: String {
        switch self {
        case .shows(let c): c.rawValue
        case .cannotTell: "cannot-tell"
        case .unsure(let c): "unsure-" + c.rawValue
        case .kpaParty: "kpa-party"
        case .nothing: "nothing"
        case .uncovered: "uncovered"
        }
    }

    /// The view a word names (`word`), or nil.
    public init?(word: String) {
        switch word {
        case "cannot-tell": self = .cannotTell
        case "kpa-party": self = .kpaParty
        case "nothing": self = .nothing
        case "uncovered": self = .uncovered
        case let w where w.hasPrefix("unsure-"):
            guard let c = TargetClass(rawValue: String(w.dropFirst("unsure-".count))) else { return nil }
            self = .unsure(c)
        default:
            guard let c = TargetClass(rawValue: word) else { return nil }
            self = .shows(c)
        }
    }

    public init(from decoder: any Decoder) throws {
        let word = try decoder.singleValueContainer().decode(String.self)
        guard let view = CameraView(word: word) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "'\(word)' is not a camera view (human, animal, vehicle, unknown, cannot-tell, unsure-human, unsure-animal, kpa-party, nothing, uncovered)"))
        }
        self = view
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(word)
    }
}
