/// The alert-quality scorer's definitions, in metres and seconds (docs/alarm-quality.md).
public struct AlertQualityConfiguration: Sendable, Hashable {
    /// R: an alert's track within this distance of a truth object is on it. 150 m covers a
    /// fence-zone alarm's position (uniform over a 250 m zone: up to 125 m from the target)
    /// plus the tracker's typical error of 30 m.
    public var matchRadius: Double = 150
    /// The DMZ is |d| ≤ this (DESIGN.md: 2 km either side of the MDL).
    public var dmzHalfWidth: Double = 2000
    /// A crossing person counts as alerted only by contacts while at d ≤ dmzHalfWidth + this
    /// ("in the DMZ or approaching it"): an alert on someone still deep in the north is not
    /// credited.
    public var approachMargin: Double = 1000
    /// A non-human truth sample and an alert's track report are compared when at most this
    /// far apart in time (half the simulator's 10 s truth interval).
    public var timeTolerance: Double = 5

    public init() {}
}
