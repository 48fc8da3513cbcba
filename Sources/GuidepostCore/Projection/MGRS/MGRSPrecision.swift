/// How finely an MGRS reference locates a point: the side of the square it names.
///
/// The raw value is the number of digits given for each of easting and northing (0...5).
public enum MGRSPrecision: Int, CaseIterable, Comparable, Sendable, CustomStringConvertible {
    case hundredKilometres = 0
    case tenKilometres = 1
    case kilometre = 2
    case hundredMetres = 3
    case tenMetres = 4
    case metre = 5

    /// Digits of easting (and of northing) in the reference.
    public var digits: Int { rawValue }

    /// Side of the square named at this precision, metres: 10^(5 − digits).
    public var metres: Int {
        var m = 1
        for _ in 0..<(5 - rawValue) { m *= 10 }
        return m
    }

    /// The precision whose square has this side in metres (1, 10, 100, 1000, 10000 or 100000).
    public init?(metres: Int) {
        guard let p = Self.allCases.first(where: { $0.metres == metres }) else { return nil }
        self = p
    }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    public var description: String {
        switch self {
        case .hundredKilometres: "100 km"
        case .tenKilometres: "10 km"
        case .kilometre: "1 km"
        case .hundredMetres: "100 m"
        case .tenMetres: "10 m"
        case .metre: "1 m"
        }
    }
}
