/// An interval during which a sensor reports nothing, and why.
public struct Outage: Hashable, Sendable, Codable {
    public enum Cause: String, Hashable, Sendable, Codable {
        /// Drawn from the random fault process (parts, cut mesh, software, power).
        case randomFault = "random_fault"
        /// Named in the scenario ("zone 17 dead"), e.g. a loose trigger screw never inspected.
        case scenario
        /// Planned maintenance.
        case maintenance
    }

    /// Seconds since the scenario's start.
    public var start: Double
    public var end: Double
    public var cause: Cause

    public init(start: Double, end: Double, cause: Cause) {
        self.start = start
        self.end = end
        self.cause = cause
    }

    public func contains(_ t: Double) -> Bool { t >= start && t < end }
}
