import Border
public import GuidepostCore
import Operations
import Scenario
import Simulation

extension SimulatedField {
    /// What the field radios in of simulator event `e`, if anyone on our side would know of it.
    func report(of e: SimulationEvent) -> FieldReport? {
        let p = e.position
        let actor = e.source.flatMap { s in engine.actors.first { $0.name == s } }
        switch (e.kind, e.particulars) {
        case (.fenceAlarm, let particulars):
            // What the camera slewed to the alarm shows (domain.md §3.1): the climber, the animal, or nothing.
            let shown: TargetClass? = switch particulars {
                case .fenceAlarm(.climb)?: .human
                case .fenceAlarm(.animal)?: .animal
                default: nil
                }
            return .alarm(at: p, camera: shown)
        case (.shot, let particulars):
            guard case .shots(let side, let rounds)? = particulars else { return .shots(at: p, rounds: 1, byKPA: false) }
            return .shots(at: p, rounds: rounds, byKPA: side == .kpa)
        case (.contact, _):
            guard let team = e.source, let p else { return nil }
            return .contact(team: team, at: p)
        case (.custody, let particulars):
            guard let subject = e.source, let p, let actor else { return nil }
            let by: String? = if case .custody(let team)? = particulars { team } else { nil }
            return .custody(subject: subject, at: p, by: by, atSea: actor.via == .sea || actor.mode == .boat)
        case (.turnedBack, _):
            // Reported only when someone on our side watches it: a manned ROK post or a team
            // within sight (`watchRange`) of where the mover turned.
            guard let p, watched(p) else { return nil }
            return .turnedBack(at: p)
        case (.mineBlast, _):
            // Posts that hear the bang take a bearing on the flash; their cross-bearing places it.
            guard let p, heard(p) else { return nil }
            return .blast(at: p)
        case (.casualty, let particulars):
            // A man hurt by a mine nobody heard is nobody's news until he is found.
            let byMine = if case .casualty(.mine)? = particulars { true } else { false }
            guard let subject = e.source, let p, actor?.kind == .person, !byMine || heard(p) else { return nil }
            return .casualty(subject: subject, at: p, detail: e.detail ?? "hurt")
        default: return nil
        }
    }

    /// How far a post's or team's observers see a group turn back (an assumption: a GP's day
    /// sights reach about 2 km).
    public static let watchRange = 2000.0

    /// Whether a manned ROK post or a ROK team is within `watchRange` of `p`.
    func watched(_ p: Point) -> Bool { ownPeople(within: Self.watchRange, of: p) }

    /// Whether a manned ROK post or a ROK team is within earshot of a blast at `p`
    /// (`SimulationEngine.blastHeardRange`): only then does the field report it.
    public func heard(_ p: Point) -> Bool { ownPeople(within: SimulationEngine.blastHeardRange, of: p) }

    /// Whether a manned ROK post or a ROK team is within `range` metres of `p`.
    private func ownPeople(within range: Double, of p: Point) -> Bool {
        let posts = engine.border.posts.filter { $0.kind != .kpaGuardPost && $0.status == .manned }.map(\.position)
        let teams = engine.actors.filter { $0.present && $0.isROK }.map(\.position)
        return (posts + teams).contains { $0.distance(to: p) <= range }
    }
}
