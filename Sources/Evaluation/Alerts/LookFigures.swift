public import GuidepostCore

/// What the operators' looks at alerts cost and got wrong over a run (issue 21), from the
/// simulator's looks.jsonl (each look with the truth of what was there: `LookRecord`) and the
/// log's `alert_looked` events (when each look was asked for and begun).
///
/// - **looks per operator-hour** = looks / (operators × sectors × hours);
/// - **queue wait** = begun − asked, per look;
/// - **misidentifications by direction**: a person named an animal (or, missed, shown as
///   nothing), an animal named a person; "cannot tell" by what was there;
/// - **crossers lost to a wrong look**: crossing people never alerted in the scoring given
///   whom some look named an animal or missed while they were in its view.
public struct LookFigures: Sendable, Equatable {
    /// Looks made.
    public var looks = 0
    /// Looks per truth class and outcome: `[kind][outcome]`, over every truth object in a look's view.
    public var outcomes: [TargetClass: [LookRecord.Outcome: Int]] = [:]
    /// Looks whose view was "cannot tell".
    public var cannotTell = 0
    /// Looks whose view was a guess the operator knew for one (`CameraView.unsure`).
    public var unsure = 0
    /// Waits for an operator (begun − asked), seconds, in log order.
    public var waits: [Double] = []
    /// Crossing people not alerted whom a look named an animal or missed.
    public var lostToWrongLook: [String] = []
    /// Operator-hours the run had: operators × sectors × hours (nil when operators were unlimited).
    public var operatorHours: Double?

    public init() {}

    /// A person named an animal.
    public var personAsAnimal: Int { outcomes[.human]?[.guessedAnimal] ?? 0 }
    /// A person in view not picked out (the view showed nothing of them).
    public var personMissed: Int { outcomes[.human]?[.missed] ?? 0 }
    /// An animal named a person.
    public var animalAsPerson: Int { outcomes[.animal]?[.guessedHuman] ?? 0 }
    /// Looks per operator-hour (nil without operator-hours).
    public var looksPerOperatorHour: Double? { operatorHours.flatMap { $0 > 0 ? Double(looks) / $0 : nil } }

    /// The figures of `looks` (looks.jsonl) and `waits` (each `alert_looked` event's begun − asked),
    /// for a report whose crossers are `crossings`, with `operators` per sector over `sectors`
    /// sectors for `duration` seconds (nil operators: unlimited).
    public static func of(
        looks: [LookRecord], waits: [Double], crossings: [AlertQualityReport.Crossing], operators: Int?, sectors: Int,
        duration: Double
    ) -> LookFigures {
        var f = LookFigures()
        f.looks = looks.count
        f.waits = waits
        let missedOrWrong: Set<LookRecord.Outcome> = [.guessedAnimal, .missed]
        var wronged = Set<String>()
        for look in looks {
            if look.view == .cannotTell { f.cannotTell += 1 }
            if case .unsure = look.view { f.unsure += 1 }
            for target in look.targets {
                f.outcomes[target.kind, default: [:]][target.outcome, default: 0] += 1
                if target.kind == .human, missedOrWrong.contains(target.outcome) { wronged.insert(target.id) }
            }
        }
        f.lostToWrongLook = crossings.filter { $0.firstAlert == nil && wronged.contains($0.id) }.map(\.id).sorted()
        if let operators { f.operatorHours = Double(operators * max(sectors, 1)) * duration / 3600 }
        return f
    }

    /// The waits a sector's looks would have with `operators` operators, each look `seconds`
    /// long, taken first come first served at the times they were asked (`asked`, any order):
    /// the queue replayed to size a sector's watch (an M/D/n queue on the run's own arrivals;
    /// it does not feed back into the run).
    /// - Complexity: O(n log n) for n looks.
    public static func replayWaits(asked: [Double], seconds: Double, operators: Int) -> [Double] {
        precondition(operators >= 1, "at least one operator")
        var free = Array(repeating: -Double.infinity, count: operators)
        var waits: [Double] = []
        waits.reserveCapacity(asked.count)
        for t in asked.sorted() {
            // The operator free soonest takes the next look.
            var k = 0
            for j in free.indices where free[j] < free[k] { k = j }
            let start = Swift.max(t, free[k])
            waits.append(start - t)
            free[k] = start + seconds
        }
        return waits
    }

    /// The `q`-quantile (0…1) of `values` by the nearest-rank rule; nil when empty.
    public static func quantile(_ values: [Double], _ q: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let v = values.sorted()
        let rank = Int((q * Double(v.count)).rounded(.up))
        return v[Swift.min(Swift.max(rank, 1), v.count) - 1]
    }
}
