public import GuidepostCore
import Foundation

/// When one sensor is out of service over a run: scenario-named outages plus random faults.
///
/// Random faults arrive as a Poisson process at `ratePerDay` per sensor; durations are
/// log-normal with median `medianHours` and shape `sigma`, which puts ~10 % of outages past
/// three days as the army-wide record does (domain.md §3.2: 63 of ~5,000 faults lasted over
/// three days, but those dominate the 815 outage-days). The whole schedule is drawn up front
/// from the sensor's own random stream, so it is deterministic and independent of every other
/// sensor; it holds a handful of intervals, so memory does not grow with the run.
public struct FaultSchedule: Hashable, Sendable {
    public private(set) var outages: [Outage]

    /// Draws random faults over `duration` seconds and merges in `named` outages.
    public init(
        duration: Double, ratePerDay: Double, medianHours: Double = 6, sigma: Double = 1.2,
        named: [Outage] = [], using rng: inout SeededGenerator
    ) {
        var list = named
        if ratePerDay > 0 {
            var t = rng.exponential(rate: ratePerDay / 86_400)
            while t < duration {
                let hours = medianHours * exp(sigma * rng.normal())
                list.append(Outage(start: t, end: t + hours * 3600, cause: .randomFault))
                t += rng.exponential(rate: ratePerDay / 86_400)
            }
        }
        outages = list.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    /// A schedule with only the given outages.
    public init(outages: [Outage]) {
        self.outages = outages.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    /// No outages at all.
    public static let none = FaultSchedule(outages: [])

    /// True when the sensor works at time `t`.
    public func isWorking(at t: Double) -> Bool { !outages.contains { $0.contains(t) } }
}
