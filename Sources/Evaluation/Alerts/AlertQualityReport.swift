import RealModule

/// The alarm-quality figures of issue 6 for one run (definitions in docs/alarm-quality.md).
public struct AlertQualityReport: Sendable, Equatable {
    /// One crossing person: a human truth object that reaches the MDL from the north.
    public struct Crossing: Sendable, Equatable {
        public var id: String
        /// When the person first reached d ≤ 0.
        public var crossedAt: Double
        /// The simulator's first detection of the person by any sensor, if any.
        public var firstDetection: Double?
        /// The first alert contact while in the DMZ or approaching it, if any, and its alert.
        public var firstAlert: Double?
        public var alert: String?

        public init(id: String, crossedAt: Double, firstDetection: Double?, firstAlert: Double?, alert: String?) {
            self.id = id
            self.crossedAt = crossedAt
            self.firstDetection = firstDetection
            self.firstAlert = firstAlert
            self.alert = alert
        }

        /// Alert delay: first alert − first detection (negative if an alert on a track near
        /// the person came before any detection of the person).
        public var delay: Double? { firstAlert.flatMap { a in firstDetection.map { a - $0 } } }
    }

    /// What an alert was matched to.
    public enum Match: String, Sendable, Equatable, CaseIterable {
        /// A crossing person (credited or not).
        case crosser
        /// A human who does not cross (a KPA patrol, a ROK team): not false, not a hit.
        case otherHuman = "other-human"
        /// No human within R, but an animal was: animal-caused.
        case animal
        /// No human within R, but a vehicle was.
        case vehicle
        /// Nothing true within R: clutter or a nuisance alarm.
        case clutter
    }

    /// One alert and what it was matched to.
    public struct AlertOutcome: Sendable, Equatable {
        public var id: String
        public var match: Match
        /// The truth object matched (the crosser, other human, animal or vehicle), if any.
        public var truth: String?
    }

    /// Crossing people, sorted by id.
    public var crossings: [Crossing]
    /// Each alert's outcome, in the order of the alerts given.
    public var alerts: [AlertOutcome]
    /// Humans who entered the DMZ without crossing (counted, not scored).
    public var nonCrossingHumans: Int
    /// Metres of border scored, and seconds of run.
    public var borderLength: Double
    public var duration: Double

    /// Crossing people with an alert.
    public var alerted: Int { crossings.count { $0.firstAlert != nil } }
    /// Crossing people detected at all.
    public var detected: Int { crossings.count { $0.firstDetection != nil } }

    /// Crossing people detected by some sensor and alerted: what the alert path made of what
    /// the sensors gave it (a person no sensor saw cannot be alerted whatever the policy does).
    public var alertedOfDetected: Int { crossings.count { $0.firstDetection != nil && $0.firstAlert != nil } }
    /// P(alerted | detected) = alertedOfDetected / detected; nil when nobody was detected.
    public var probabilityAlertedGivenDetected: Double? { detected == 0 ? nil : Double(alertedOfDetected) / Double(detected) }

    /// P(alerted) = alerted / crossings; nil without crossings.
    public var probabilityAlerted: Double? { crossings.isEmpty ? nil : Double(alerted) / Double(crossings.count) }

    /// One-sided 95 % Clopper–Pearson lower bound on P(alerted): what the sample can vouch for.
    public var probabilityAlertedLowerBound: Double? {
        crossings.isEmpty ? nil : Self.clopperPearsonLower(successes: alerted, trials: crossings.count, alpha: 0.05)
    }

    /// The median alert delay over alerted crossing people with a first detection.
    public var medianDelay: Double? { Self.median(crossings.compactMap(\.delay)) }

    /// Alerts matched to `match`.
    public func count(_ match: Match) -> Int { alerts.count { $0.match == match } }

    /// False alerts: matched to no human (animal, vehicle or clutter).
    public var falseAlerts: Int { count(.animal) + count(.vehicle) + count(.clutter) }

    /// False alerts per 10 km of border per day: false / (L / 10 km) / (T / 86,400 s).
    public var falseAlertsPer10kmPerDay: Double? {
        guard borderLength > 0, duration > 0 else { return nil }
        return Double(falseAlerts) / (borderLength / 10_000) / (duration / 86_400)
    }

    /// The median of `values` (mean of the middle two for an even count); nil when empty.
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let v = values.sorted()
        let m = v.count / 2
        return v.count % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2
    }

    /// The exact one-sided lower confidence bound p_L for a binomial proportion with k
    /// successes of n: the p at which P(X ≥ k | n, p) = α (Clopper & Pearson 1934,
    /// Biometrika 26(4)). For k = n it is α^(1/n); for k = 0 it is 0. Found by bisection on
    /// the binomial tail, summed in logs.
    /// - Complexity: O(n) per step, 60 steps.
    public static func clopperPearsonLower(successes k: Int, trials n: Int, alpha: Double) -> Double {
        precondition(n > 0 && k >= 0 && k <= n, "need 0 ≤ k ≤ n, n > 0")
        if k == 0 { return 0 }
        if k == n { return Double.pow(alpha, 1 / Double(n)) }
        var lo = 0.0, hi = 1.0
        for _ in 0..<60 {
            let p = (lo + hi) / 2
            if upperTail(k: k, n: n, p: p) < alpha { lo = p } else { hi = p }
        }
        return (lo + hi) / 2
    }

    /// P(X ≥ k) for X ~ Binomial(n, p), 0 < p < 1.
    static func upperTail(k: Int, n: Int, p: Double) -> Double {
        let lp = Double.log(p), lq = Double.log(1 - p)
        let lnN = Double.logGamma(Double(n) + 1)
        var sum = 0.0
        for i in k...n {
            let lc = lnN - Double.logGamma(Double(i) + 1) - Double.logGamma(Double(n - i) + 1)
            sum += Double.exp(lc + Double(i) * lp + Double(n - i) * lq)
        }
        return sum
    }
}
