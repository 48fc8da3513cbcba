import Border
import GuidepostCore
import Scenario
import Simulation

/// One line of the per-scenario first-detection table (docs/simulation.md): expected window,
/// simulated time, sensor and whether it is in the window.
struct FirstDetectionReport {
    let line: String

    init(scenario: ResolvedScenario, border: BorderModel, seed: UInt64) {
        let doc = scenario.document
        let window = doc.expected?.firstDetection
        let limit = window.map { scenario.seconds($0.latest) + 1800 } ?? doc.duration.seconds
        let found = FirstDetection.find(scenario: scenario, border: border, seed: seed, kinds: window?.by, limit: limit)
        func clock(_ t: Double) -> String {
            let s = Int((doc.start.secondsOfLocalDay + t).rounded()) % 86400
            let h = s / 3600, m = s % 3600 / 60, sec = s % 60
            func two(_ x: Int) -> String { x < 10 ? "0\(x)" : "\(x)" }
            return "\(two(h)):\(two(m)):\(two(sec))"
        }
        let expected = window.map { "\($0.earliest)–\($0.latest) by \(($0.by ?? []).map(\.rawValue).joined(separator: "/"))" }
            ?? (doc.expected?.detected == false ? "no detection" : "—")
        guard let found else {
            line = "| \(doc.id) | \(expected) | none | — | \(window == nil ? "yes" : "no") |"
            return
        }
        var ok = "no"
        if let window {
            let a = scenario.seconds(window.earliest), b = scenario.seconds(window.latest)
            ok = found.t >= a - 60 && found.t <= b + 60 ? "yes" : "no"
        }
        let d = border.line.alongBorder(found.detection.record.position).d
        line = "| \(doc.id) | \(expected) | \(clock(found.t)) (\(found.detection.source ?? "?"), d = \(Int(d.rounded())) m) | \(found.detection.record.sensor) | \(ok) |"
    }
}
