import Foundation
import GuidepostCore

/// How a control-room operator answers an alarm pop-up. The policy asks once per alert, when
/// it is raised; the answer comes due `delay` seconds later.
///
/// Two seeded models (domain.md §3.3, §8): `AttentiveOperator` acts on every pop-up;
/// `OverloadedOperator` dismisses some as nuisance, more often when alarms flood in or while
/// distracted (display reconfiguration, a phone call — the 2021 and 2022 failures).
public protocol AlarmOperator: Sendable {
    /// The answer to `alert`, given how many alarms per minute reached the console lately.
    mutating func respond(to alert: Alert, alarmsPerMinute: Double) -> OperatorResponse
}

/// An operator's answer to a pop-up.
public struct OperatorResponse: Hashable, Sendable {
    public enum Verdict: String, Hashable, Sendable { case acknowledge, dismiss }
    public var verdict: Verdict
    /// Seconds after the alert was raised.
    public var delay: Double
    public var reason: String

    public init(_ verdict: Verdict, after delay: Double, reason: String) {
        self.verdict = verdict
        self.delay = delay
        self.reason = reason
    }
}

/// A stretch of time when the operator is busy elsewhere.
public struct Distraction: Hashable, Sendable, Codable {
    public var from: Double
    public var until: Double
    public var reason: String

    public init(from: Double, until: Double, reason: String) {
        self.from = from
        self.until = until
        self.reason = reason
    }
}

/// Acts on every pop-up within 30–60 s (uniform; an assumption, domain.md §8).
public struct AttentiveOperator: AlarmOperator {
    private var rng: SeededGenerator

    public init(seed: UInt64) { rng = SeededGenerator(seed: seed).split(label: "operator-attentive") }

    public mutating func respond(to alert: Alert, alarmsPerMinute: Double) -> OperatorResponse {
        let delay = 30 + 30 * rng.uniform()
        return OperatorResponse(.acknowledge, after: delay, reason: "operator acknowledged the \(alert.targetClass.rawValue) track")
    }
}

/// Dismisses a pop-up as nuisance with probability
/// `p = min(0.95, p₀ + (1 − p₀)(1 − e^(−r/r₀)))` where `r` is the recent alarm rate
/// (alarms a minute), `p₀ = 0.1` and `r₀ = 1` a minute; while distracted `p = max(p, 0.9)`.
/// With the calm-day rate (one alarm per 4.5 min, `r ≈ 0.22`) `p ≈ 0.28`; in the 2021 wind
/// (3 a minute) `p ≈ 0.95`. Answers take 5–20 s when dismissing (a glance) and 60–180 s when
/// acknowledging (an assumption; domain.md §3.2, §3.3 item 4, §8).
public struct OverloadedOperator: AlarmOperator {
    private var rng: SeededGenerator
    public let distractions: [Distraction]

    public init(seed: UInt64, distractions: [Distraction] = []) {
        rng = SeededGenerator(seed: seed).split(label: "operator-overloaded")
        self.distractions = distractions
    }

    /// The dismissal probability at alarm rate `rate` (a minute), distracted or not.
    public static func dismissProbability(alarmsPerMinute rate: Double, distracted: Bool) -> Double {
        let p = Swift.min(0.95, 0.1 + 0.9 * (1 - exp(-rate)))
        return distracted ? Swift.max(p, 0.9) : p
    }

    public mutating func respond(to alert: Alert, alarmsPerMinute: Double) -> OperatorResponse {
        let busy = distractions.first { $0.from <= alert.t && alert.t < $0.until }
        let p = Self.dismissProbability(alarmsPerMinute: alarmsPerMinute, distracted: busy != nil)
        if rng.bernoulli(p) {
            let why = busy.map { "dismissed as a natural false alarm while \($0.reason)" }
                ?? "dismissed as a natural false alarm amid \(String(format: "%.1f", alarmsPerMinute)) alarms a minute"
            return OperatorResponse(.dismiss, after: 5 + 15 * rng.uniform(), reason: why)
        }
        return OperatorResponse(.acknowledge, after: 60 + 120 * rng.uniform(), reason: "operator confirmed the track after a delay")
    }
}
