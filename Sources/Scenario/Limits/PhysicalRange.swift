/// The values a numeric scenario field may take, with its unit and the physical reason for the
/// bounds (docs/scenarios.md, "Ranges"). A value outside is refused when the file is loaded, so
/// nothing downstream (the simulator, the border raster, the planner) sees a hill 1e20 m wide.
public struct PhysicalRange: Sendable, Hashable, CustomStringConvertible {
    /// Smallest value; excluded when `lowerOpen`.
    public var lower: Double
    /// Largest value, included.
    public var upper: Double
    /// Whether `lower` itself is refused (lengths and speeds must be above zero).
    public var lowerOpen: Bool
    /// The unit, as written after a number (`m`, `m/s`, `°C`); empty for counts.
    public var unit: String
    /// Why these bounds, in a few words (printed with the error).
    public var why: String

    /// A range `lower…upper` (or `lower<…upper` when `lowerOpen`).
    public init(_ lower: Double, _ upper: Double, open lowerOpen: Bool = false, unit: String, why: String) {
        self.lower = lower
        self.upper = upper
        self.lowerOpen = lowerOpen
        self.unit = unit
        self.why = why
    }

    /// Whether `v` lies in the range (false for NaN).
    public func contains(_ v: Double) -> Bool {
        (lowerOpen ? v > lower : v >= lower) && v <= upper
    }

    /// `0 < x ≤ 5000 m`, `-50 ≤ x ≤ 50 °C`.
    public var description: String {
        let u = unit.isEmpty ? "" : " \(unit)"
        return "\(Self.number(lower)) \(lowerOpen ? "<" : "≤") x ≤ \(Self.number(upper))\(u)"
    }

    /// `5000`, `0.5`, `-25000`: whole numbers without a decimal point.
    static func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : "\(v)"
    }
}
