public import GuidepostCore

/// A change to the border's terrain for this scenario, tagged by `kind`: plain data that the
/// composition root maps onto Border's override types. Each kind takes only its own fields.
public struct TerrainOverride: Hashable, Sendable, Codable {
    /// Which feature this is; it decides which other fields apply.
    public var kind: Kind
    /// Outline of an area (minefield, vegetation, tidal flat), at least 3 points.
    public var polygon: [Position]?
    /// A line feature (road, path, rail, stream, river, ridge, fence), at least 2 points.
    public var line: [Position]?
    /// A point feature (hill, culvert, post, fence fault).
    public var at: Position?
    /// Width, metres.
    public var width: Double?
    /// Water depth, metres.
    public var depth: Double?
    /// Current, m/s.
    public var flow: Double?
    /// Water level as a multiple of normal (the Imjin ran at 5× on 2019-07-31).
    public var level: Double?
    /// Mines per square metre (minefield).
    public var minesPerM2: Double?
    /// Whether a minefield has been surveyed ("confirmed"; ~97 % of the DMZ is not, domain.md §2).
    public var confirmed: Bool?
    /// Fraction of ground hidden by vegetation, 0–1.
    public var cover: Probability?
    /// Height above the surroundings, metres (ridge, hill, fence).
    public var height: Double?
    /// Radius, metres (hill, post removal).
    public var radius: Double?
    /// Length, metres (culvert, fence fault).
    public var length: Double?
    /// Whether the unit's asset register lists it (a culvert; the 2021 one was unlisted).
    public var known: Bool?
    /// For `post-added`: the post.
    public var id: PostID?
    /// For `post-added`: what kind of post.
    public var postKind: Post.Kind?
    /// For `post-added`: whose post (default rok).
    public var side: Post.Side?
    /// For `fence-fault`: what is wrong with the fence hardware there.
    public var defect: FenceDefect?
    /// What the source says about it.
    public var note: String?

    /// The features an override can add or change.
    public enum Kind: String, ScenarioTerm, Hashable {
        case minefield, road, path, rail, stream, river, vegetation, ridge, hill, culvert, fence
        case tidalFlat = "tidal-flat"
        case postAdded = "post-added"
        case postRemoved = "post-removed"
        case fenceFault = "fence-fault"

        var fields: (required: [CodingKeys], optional: [CodingKeys]) {
            switch self {
            case .minefield: return ([.polygon], [.minesPerM2, .confirmed])
            case .road, .path, .rail: return ([.line], [.width])
            case .stream, .river: return ([.line], [.width, .depth, .flow, .level])
            case .vegetation: return ([.polygon, .cover], [])
            case .tidalFlat: return ([.polygon], [])
            case .ridge: return ([.line, .height], [])
            case .hill: return ([.at, .height], [.radius])
            case .fence: return ([.line], [.height])
            case .culvert: return ([.at], [.width, .length, .known])
            case .postAdded: return ([.id, .postKind, .at], [.side])
            case .postRemoved: return ([.at], [.radius])
            case .fenceFault: return ([.at, .defect], [.length])
            }
        }
    }

    /// Physical fence defects named in the 2020 report (domain.md §3.3).
    public enum FenceDefect: String, ScenarioTerm, Hashable {
        case noTopSensor = "no-top-sensor"
        case looseTrigger = "loose-trigger"
        case meshCut = "mesh-cut"
    }

    enum CodingKeys: String, CodingKey {
        case kind, polygon, line, at, width, depth, flow, level, minesPerM2 = "mines_per_m2", confirmed, cover
        case height, radius, length, known, id, postKind = "post_kind", side, defect, note
    }

    /// An override of `kind` with no fields set.
    public init(kind: Kind) { self.kind = kind }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(Kind.self, forKey: .kind)
        let (required, optional) = kind.fields
        for key in required where !c.contains(key) {
            throw DecodingError.keyNotFound(
                key,
                .init(
                    codingPath: decoder.codingPath, debugDescription: "a '\(kind.rawValue)' needs '\(key.stringValue)'")
            )
        }
        note = try c.decodeIfPresent(String.self, forKey: .note)
        for key in required + optional {
            switch key {
            case .polygon: polygon = try Self.points(c, key, minimum: 3)
            case .line: line = try Self.points(c, key, minimum: 2)
            case .at: at = try c.decodeIfPresent(Position.self, forKey: key)
            case .width: width = try Self.positive(c, key)
            case .depth: depth = try Self.positive(c, key)
            case .flow: flow = try Self.positive(c, key, allowZero: true)
            case .level: level = try Self.positive(c, key)
            case .minesPerM2: minesPerM2 = try Self.positive(c, key, allowZero: true)
            case .confirmed: confirmed = try c.decodeIfPresent(Bool.self, forKey: key)
            case .cover: cover = try c.decodeIfPresent(Probability.self, forKey: key)
            case .height: height = try c.decodeIfPresent(Double.self, forKey: key)
            case .radius: radius = try Self.positive(c, key)
            case .length: length = try Self.positive(c, key)
            case .known: known = try c.decodeIfPresent(Bool.self, forKey: key)
            case .id: id = try c.decodeIfPresent(PostID.self, forKey: key)
            case .postKind: postKind = try c.decodeIfPresent(Post.Kind.self, forKey: key)
            case .side: side = try c.decodeIfPresent(Post.Side.self, forKey: key)
            case .defect: defect = try c.decodeIfPresent(FenceDefect.self, forKey: key)
            case .kind, .note: break
            }
        }
    }

    static func points(_ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys, minimum: Int) throws -> [Position]? {
        guard let p = try c.decodeIfPresent([Position].self, forKey: key) else { return nil }
        guard p.count >= minimum else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: c, debugDescription: "needs at least \(minimum) points, found \(p.count)")
        }
        return p
    }

    static func positive(_ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys, allowZero: Bool = false) throws
        -> Double?
    {
        guard let v = try c.decodeIfPresent(Double.self, forKey: key) else { return nil }
        guard v > 0 || (allowZero && v == 0) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: c, debugDescription: "must be \(allowZero ? "zero or more" : "positive"), found \(v)")
        }
        return v
    }
}
