public import GuidepostCore

/// When an incident's person has gone back north (`crossedBackNorth`, the state `retreated`)
/// although the tracks never showed them 100 m north of the MDL band. Two signals, each what an
/// operator would take as "they went back":
///
/// 1. **Lost while going back.** A person who has been in or south of the band, whose last
///    report was heading north at `speed` or faster, at most `nearBand` metres south of the
///    band's northern line (or north of it), and who is then lost from the tracks, went back
///    across: with d the last distance north of the MDL, ḋ its rate and n the northern line,
///
///        wasSouth ∧ ḋ ≥ speed ∧ d ≥ n − nearBand.
///
///    North of the MDL the KPA side is often overgrown (2024-06-09) and no sensor follows them.
/// 2. **The field saw it.** A post or team watching reports a mover turning back north
///    (`FieldReport.turnedBack`); it is about the live incident whose person, in or south of
///    the band before, could be there (`IncidentJoining.reach` since last seen), the nearest.
///
/// - Complexity: O(n) for n live incidents.
public struct Withdrawal: Hashable, Sendable {
    /// How far south of the band's northern line a person heading north still counts as at the MDL, metres.
    public var nearBand: Double
    /// The northward rate that counts as going back, m/s.
    public var speed: Double

    public init(nearBand: Double = 150, speed: Double = 0.2) {
        self.nearBand = nearBand
        self.speed = speed
    }

    /// Signal 1: whether a person last seen at `d` moving at `dRate` (m/s, positive northward),
    /// with the band's northern line at `northern`, and now lost, went back north.
    public func lostGoingBack(wasSouth: Bool, d: Double, dRate: Double, northern: Double) -> Bool {
        wasSouth && dRate >= speed && d >= northern - nearBand
    }

    /// Signal 2: the index in `people` (with whether each had been in or south of the band) of
    /// the incident a report of a mover turning back at `p` at time `t` is about; nil if none.
    public func turnedBack(
        at p: Point, time t: Double, people: [(person: IncidentJoining.Person, wasSouth: Bool)], joining: IncidentJoining
    ) -> Int? {
        people.indices.filter { k in
            let person = people[k].person
            return people[k].wasSouth && t - person.lastSeen <= joining.within
                && person.lastPosition.distance(to: p) <= joining.reach(after: t - person.lastSeen)
        }.min { (people[$0].person.lastPosition.distance(to: p), $0) < (people[$1].person.lastPosition.distance(to: p), $1) }
    }
}
