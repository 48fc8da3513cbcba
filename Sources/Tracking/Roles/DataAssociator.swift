/// Decides which detection each track takes (Stone Soup's `DataAssociator`).
public protocol DataAssociator: Sendable {
    /// How hypotheses are weighed; the tracker sets it for each sensor's pass from what it has
    /// learnt (that sensor's P_D and mean clutter density).
    var scoring: AssociationScoring { get set }
    /// One association per track, in track order.
    func associate(_ table: HypothesisTable) -> [Association]
}

/// A track's share of a scan's detections.
public enum Association: Sendable, Equatable {
    /// No detection: the track coasts on its prediction.
    case missed
    /// Exactly this hypothesis (an index into `HypothesisTable.hypotheses`).
    case hypothesis(Int)
    /// A soft association: βⱼ for each listed hypothesis, β₀ for "missed" (JPDA).
    case weighted([(hypothesis: Int, weight: Double)], missed: Double)

    public static func == (l: Association, r: Association) -> Bool {
        switch (l, r) {
        case (.missed, .missed): return true
        case (.hypothesis(let a), .hypothesis(let b)): return a == b
        case (.weighted(let a, let ma), .weighted(let b, let mb)):
            return ma == mb && a.count == b.count
                && zip(a, b).allSatisfy { $0.hypothesis == $1.hypothesis && $0.weight == $1.weight }
        default: return false
        }
    }
}
