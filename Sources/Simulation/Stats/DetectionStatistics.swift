public import GuidepostCore
import Foundation

/// Measures sensors against truth over a run (`guidepost simulate --stats`): single-look Pd
/// against true range for each sensor kind, light (day, twilight, night, fog) and target class,
/// and false alarms per sensor-hour.
///
/// Pd in a bin = looks that detected / looks at an actor in range and arc (occlusion included,
/// so it is what the sensor achieves on this terrain, not the model's clear-line-of-sight curve).
public struct DetectionStatistics: Sendable {
    /// Bin width, metres, and number of bins (0–6 km).
    public static let binWidth = 250.0
    public static let binCount = 24

    /// The weather/light column of a look.
    public enum Column: String, CaseIterable, Sendable { case day, twilight, night, fog }

    struct Key: Hashable { var kind: SensorKind; var column: Column; var targetClass: TargetClass }

    private var looks: [Key: [Int]] = [:]
    private var hits: [Key: [Int]] = [:]
    private var sightLooks: [Key: [Int]] = [:]
    private var sightHits: [Key: [Int]] = [:]
    /// Nuisance fence alarms and zone-seconds by wind band: < 6, 6–10, ≥ 10 m/s.
    private var nuisanceByWind = [0, 0, 0]
    private var secondsByWind = [0.0, 0.0, 0.0]
    private let windAt: @Sendable (Double) -> Double
    private var falseAlarms: [SensorKind: Int] = [:]
    private var nuisance = 0
    private var climbOrAnimal = 0
    private var sensorCount: [SensorKind: Int] = [:]
    private let zoneCount: Int
    private var hours = 0.0

    /// Statistics of a run with these sensors and zones; `windAt(t)` gives the wind speed, m/s.
    public init(sensors: [SimSensor], zoneCount: Int, windAt: @escaping @Sendable (Double) -> Double = { _ in 0 }) {
        for s in sensors { sensorCount[s.kind, default: 0] += 1 }
        self.zoneCount = zoneCount
        self.windAt = windAt
    }

    static func windBand(_ w: Double) -> Int { w < 6 ? 0 : w < 10 ? 1 : 2 }

    /// Adds one batch.
    public mutating func add(_ out: SimulationOutput) {
        for l in out.looks {
            let column: Column = l.foggy ? .fog : (l.light == .day ? .day : l.light == .twilight ? .twilight : .night)
            let key = Key(kind: l.kind, column: column, targetClass: l.targetClass)
            let bin = Int(l.range / Self.binWidth)
            guard bin < Self.binCount else { continue }
            looks[key, default: Array(repeating: 0, count: Self.binCount)][bin] += 1
            if l.seen { hits[key, default: Array(repeating: 0, count: Self.binCount)][bin] += 1 }
            if l.inSight {
                sightLooks[key, default: Array(repeating: 0, count: Self.binCount)][bin] += 1
                if l.seen { sightHits[key, default: Array(repeating: 0, count: Self.binCount)][bin] += 1 }
            }
        }
        for s in out.scans { secondsByWind[Self.windBand(windAt(s.t))] += 1 }
        for d in out.detections where d.source == nil && d.record.kind == .fence {
            nuisanceByWind[Self.windBand(windAt(d.record.t))] += 1
        }
        for d in out.detections where d.source == nil {
            if d.record.kind == .fence { nuisance += 1 } else { falseAlarms[d.record.kind ?? .thermal, default: 0] += 1 }
        }
        for d in out.detections where d.source != nil && d.record.kind == .fence { climbOrAnimal += 1 }
    }

    /// Records the run's length.
    public mutating func finish(duration: Double) { hours = duration / 3600 }

    /// Pd per bin (nil where fewer than `minimumLooks` looks fell).
    public func curve(_ kind: SensorKind, _ column: Column, _ targetClass: TargetClass, minimumLooks: Int = 20) -> [Double?] {
        let key = Key(kind: kind, column: column, targetClass: targetClass)
        guard let n = looks[key] else { return Array(repeating: nil, count: Self.binCount) }
        let h = hits[key] ?? Array(repeating: 0, count: Self.binCount)
        return (0..<Self.binCount).map { n[$0] >= minimumLooks ? Double(h[$0]) / Double(n[$0]) : nil }
    }

    /// False alarms per sensor per hour for `kind` (for fence: nuisance alarms per zone-hour).
    public func falseAlarmRate(_ kind: SensorKind) -> Double? {
        guard hours > 0 else { return nil }
        if kind == .fence { return zoneCount > 0 ? Double(nuisance) / Double(zoneCount) / hours : nil }
        guard let n = sensorCount[kind], n > 0 else { return nil }
        return Double(falseAlarms[kind] ?? 0) / Double(n) / hours
    }

    static func percent(_ p: Double?) -> String { p.map { String(Int(($0 * 100).rounded())) } ?? "–" }

    /// The tables, Markdown.
    public func markdown(title: String) -> String {
        var s = "# Sensor statistics: \(title), \(String(format: "%.1f", hours)) h\n\n"
        s += "Single-look Pd (%) against true range, by sensor kind, light/fog and target class "
        s += "(– where fewer than 20 looks fell in the bin).\n\n"
        let edges = stride(from: 0, to: Self.binCount, by: 2).map { Int(Double($0) * Self.binWidth) }
        s += table(looks, hits, edges: edges)
        s += "\nThe same, counting only looks with a clear line of sight (the sensor model itself):\n\n"
        s += table(sightLooks, sightHits, edges: edges)
        s += falseAlarmTables()
        return s
    }

    func table(_ looks: [Key: [Int]], _ hits: [Key: [Int]], edges: [Int]) -> String {
        var s = "| sensor | light | target | " + edges.map { "\($0)–\($0 + 500) m" }.joined(separator: " | ") + " |\n"
        s += "|---|---|---|" + edges.map { _ in "---:" }.joined(separator: "|") + "|\n"
        for kind in [SensorKind.thermal, .radar, .camera] {
            for column in Column.allCases {
                for cls in [TargetClass.human, .animal, .vehicle] {
                    let key = Key(kind: kind, column: column, targetClass: cls)
                    guard let n = looks[key] else { continue }
                    let h = hits[key] ?? Array(repeating: 0, count: Self.binCount)
                    // Two bins per column: 500 m.
                    var cells: [String] = []
                    for b in stride(from: 0, to: Self.binCount, by: 2) {
                        let looks = n[b] + n[b + 1], seen = h[b] + h[b + 1]
                        cells.append(looks >= 20 ? Self.percent(Double(seen) / Double(looks)) : "–")
                    }
                    s += "| \(kind.rawValue) | \(column.rawValue) | \(cls.rawValue) | " + cells.joined(separator: " | ") + " |\n"
                }
            }
        }
        return s
    }

    func falseAlarmTables() -> String {
        var s = "\nFalse alarms per sensor-hour (fence: nuisance alarms per zone-hour; ×10 per platoon post):\n\n"
        s += "| sensor | sensors | false alarms / h |\n|---|---:|---:|\n"
        for kind in [SensorKind.thermal, .radar, .camera] {
            s += "| \(kind.rawValue) | \(sensorCount[kind] ?? 0) | \(falseAlarmRate(kind).map { String(format: "%.3f", $0) } ?? "–") |\n"
        }
        let f = falseAlarmRate(.fence)
        s += "| fence | \(zoneCount) zones | \(f.map { String(format: "%.3f", $0) } ?? "–") (\(f.map { String(format: "%.1f", $0 * 10) } ?? "–") per platoon) |\n"
        s += "\nFence nuisance alarms per platoon post (10 zones) per hour, by wind:\n\n| wind | hours | alarms / platoon-hour |\n|---|---:|---:|\n"
        for (k, label) in ["< 6 m/s", "6–10 m/s", "≥ 10 m/s"].enumerated() where secondsByWind[k] > 0 {
            let h = secondsByWind[k] / 3600
            let rate = zoneCount > 0 ? Double(nuisanceByWind[k]) / h / Double(zoneCount) * 10 : 0
            s += "| \(label) | \(String(format: "%.1f", h)) | \(String(format: "%.1f", rate)) |\n"
        }
        s += "\nFence alarms caused by actors (climbs, animals at the mesh): \(climbOrAnimal).\n"
        return s
    }

    /// Pd against range for people (solid) and animals (dashed), one colour per kind and light.
    public func svg(title: String) -> String {
        let w = 760.0, h = 420.0, left = 60.0, top = 40.0, pw = 560.0, ph = 320.0
        var doc = SVGDocument(width: w, height: h)
        doc.element("rect", ["x": 0, "y": 0, "width": .number(w), "height": .number(h), "fill": "white"])
        doc.element("text", ["x": .number(left), "y": 24, "font-size": 14, "font-family": "sans-serif"], text: "Pd vs range — \(title)")
        doc.element(
            "rect", ["x": .number(left), "y": .number(top), "width": .number(pw), "height": .number(ph), "fill": "none", "stroke": "#888"])
        for k in 0...6 {
            let x = left + pw * Double(k) / 6
            doc.element("text", ["x": .number(x - 8), "y": .number(top + ph + 16), "font-size": 11, "font-family": "sans-serif"], text: "\(k) km")
        }
        for k in 0...4 {
            let y = top + ph * (1 - Double(k) / 4)
            doc.element("text", ["x": .number(left - 36), "y": .number(y + 4), "font-size": 11, "font-family": "sans-serif"], text: "\(k * 25)%")
        }
        let colours: [SensorKind: String] = [.thermal: "#d84315", .radar: "#1565c0", .camera: "#2e7d32"]
        var legend = 0
        for kind in [SensorKind.thermal, .radar, .camera] {
            for column in Column.allCases {
                for cls in [TargetClass.human, .animal] {
                    let c = curve(kind, column, cls)
                    var pts: [(Double, Double)] = []
                    for (b, p) in c.enumerated() {
                        guard let p else { continue }
                        pts.append((left + pw * (Double(b) + 0.5) * Self.binWidth / 6000, top + ph * (1 - p)))
                    }
                    guard pts.count >= 2 else { continue }
                    let dash: SVGDocument.Value = cls == .human ? "none" : "5,3"
                    let opacity: Double = column == .day ? 0.5 : column == .twilight ? 0.7 : 1
                    doc.element(
                        "path",
                        ["d": .text(SVGDocument.pathData(pts)), "fill": "none", "stroke": .text(colours[kind] ?? "#000"),
                         "stroke-width": 2, "stroke-dasharray": dash, "stroke-opacity": .number(opacity)])
                    let ly = top + 14 * Double(legend)
                    doc.element(
                        "text", ["x": .number(left + pw + 10), "y": .number(ly + 10), "font-size": 10, "font-family": "sans-serif",
                                 "fill": .text(colours[kind] ?? "#000")],
                        text: "\(kind.rawValue) \(column.rawValue) \(cls.rawValue)")
                    legend += 1
                }
            }
        }
        return doc.text
    }
}
