/// The stretch of border a scenario covers: a named sector, an explicit s-range, or a centre
/// and a length; plus how far it reaches either side of the MDL.
///
/// Written as `window: eastern-goseong`, `window: whole-border` or as a mapping:
/// `{sector: imjin}`, `{whole: true}`, `{s: [120000, 140000]}` or `{centre: {near: jsa}, length: 8000}`,
/// each with an optional `d: [-4000, 3000]` (default `[-3000, 3000]`: the DMZ, the fence at −2 km
/// and a kilometre either side).
public struct Window: Hashable, Sendable, Codable {
    /// How far along the MDL the window reaches.
    public enum Extent: Hashable, Sendable {
        case sector(Sector)
        /// The whole MDL, written `window: whole-border`.
        case whole
        case sRange(ClosedRange<Double>)
        case centred(Position, length: Double)
    }

    /// The stretch along the MDL.
    public var extent: Extent
    /// Signed distance from the MDL covered, metres, north positive.
    public var d: ClosedRange<Double>

    /// The DMZ, the GOP fence at −2 km, and a kilometre either side.
    public static let defaultD: ClosedRange<Double> = -3000...3000

    /// A window over `extent`, reaching `d` metres either side of the MDL.
    public init(extent: Extent, d: ClosedRange<Double> = Window.defaultD) {
        self.extent = extent
        self.d = d
    }

    enum Keys: String, CodingKey { case sector, whole, s, centre, length, d }

    public init(from decoder: any Decoder) throws {
        guard let c = try? decoder.container(keyedBy: Keys.self) else {
            let v = try decoder.singleValueContainer()
            if (try? v.decode(String.self)) == "whole-border" {
                self.init(extent: .whole)
            } else {
                self.init(extent: .sector(try v.decode(Sector.self)))
            }
            return
        }
        let given = [Keys.sector, .whole, .s, .centre].filter { c.contains($0) }
        guard given.count == 1 else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "the window needs exactly one of 'sector', 'whole', 's' or 'centre'"))
        }
        let extent: Extent
        switch given[0] {
        case .whole:
            guard try c.decode(Bool.self, forKey: .whole) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .whole, in: c, debugDescription: "write 'whole: true' or name a sector or range instead")
            }
            extent = .whole
        case .sector: extent = .sector(try c.decode(Sector.self, forKey: .sector))
        case .s: extent = .sRange(try Window.range(c, .s))
        default:
            let length = try c.decodeIfPresent(Double.self, forKey: .length) ?? 10_000
            guard length > 0 else {
                throw DecodingError.dataCorruptedError(
                    forKey: .length, in: c, debugDescription: "length must be positive")
            }
            extent = .centred(try c.decode(Position.self, forKey: .centre), length: length)
        }
        self.init(extent: extent, d: c.contains(.d) ? try Window.range(c, .d) : Window.defaultD)
    }

    static func range(_ c: KeyedDecodingContainer<Keys>, _ key: Keys) throws -> ClosedRange<Double> {
        let pair = try c.decode([Double].self, forKey: key)
        guard pair.count == 2, pair[0] < pair[1] else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: c, debugDescription: "expected [from, to] with from < to, metres")
        }
        return pair[0]...pair[1]
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        switch extent {
        case .whole: try c.encode(true, forKey: .whole)
        case .sector(let s): try c.encode(s, forKey: .sector)
        case .sRange(let r): try c.encode([r.lowerBound, r.upperBound], forKey: .s)
        case .centred(let p, let length):
            try c.encode(p, forKey: .centre)
            try c.encode(length, forKey: .length)
        }
        try c.encode([d.lowerBound, d.upperBound], forKey: .d)
    }
}
