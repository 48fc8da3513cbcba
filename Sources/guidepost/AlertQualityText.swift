import Evaluation
import Foundation
import GuidepostCore

/// `guidepost score-alerts` output: a Markdown table (people, then alerts, then the three
/// figures against issue 6's targets) or one JSON object.
enum AlertQualityText {
    static func seconds(_ v: Double?) -> String { v.map { String(format: "%.0f", $0) } ?? "—" }

    static func table(_ r: AlertQualityReport, radius: Double) -> String {
        var s = "| crossing person | crossed MDL (t, s) | first detection (t, s) | first alert (t, s) | alert | delay (s) |\n"
        s += "|---|---:|---:|---:|---|---:|\n"
        for c in r.crossings {
            s += "| \(c.id) | \(seconds(c.crossedAt)) | \(seconds(c.firstDetection)) | \(seconds(c.firstAlert)) | \(c.alert ?? "—") | \(seconds(c.delay)) |\n"
        }
        s += "\n| alerts | on crossers | on other humans | animal | vehicle | clutter | false |\n|---:|---:|---:|---:|---:|---:|---:|\n"
        s += "| \(r.alerts.count) | \(r.count(.crosser)) | \(r.count(.otherHuman)) | \(r.count(.animal)) | \(r.count(.vehicle)) "
            + "| \(r.count(.clutter)) | \(r.falseAlerts) |\n\n"
        let p = r.probabilityAlerted.map { String(format: "%.1f %%", 100 * $0) } ?? "—"
        let lb = r.probabilityAlertedLowerBound.map { String(format: "%.1f %%", 100 * $0) } ?? "—"
        let rate = r.falseAlertsPer10kmPerDay.map { String(format: "%.2f", $0) } ?? "—"
        s += "| figure | measured | target |\n|---|---:|---:|\n"
        s += "| P(crossing person alerted) | \(p) (\(r.alerted)/\(r.crossings.count); 95 % lower bound \(lb)) | ≥ 99.9 % |\n"
        s += "| median alert delay after first detection | \(seconds(r.medianDelay)) s | ≤ 60 s |\n"
        s += "| false alerts per 10 km per day | \(rate) (\(r.falseAlerts) over \(String(format: "%.1f", r.borderLength / 1000)) km, "
            + "\(String(format: "%.2f", r.duration / 3600)) h) | ≤ 1 |\n"
        let given = r.probabilityAlertedGivenDetected.map { String(format: "%.1f %%", 100 * $0) } ?? "—"
        s += "\nR = \(String(format: "%.0f", radius)) m; \(r.detected) of \(r.crossings.count) crossing people detected, "
            + "\(r.alertedOfDetected) of them alerted (\(given)); "
            + "\(r.nonCrossingHumans) other people entered the DMZ without crossing.\n"
        return s
    }

    /// The looks' figures (`score-alerts --looks`) as Markdown, after the alert tables.
    static func lookTable(_ f: LookFigures, sizing: LookSizing, operators: String) -> String {
        func n(_ v: Double?, _ format: String = "%.0f") -> String { v.map { String(format: format, $0) } ?? "—" }
        var s = "\n| looks | per operator-hour | wait median / p95 / max (s) | person → animal | person missed | animal → person | cannot tell | unsure | crossers lost to a wrong look |\n"
        s += "|---:|---:|---:|---:|---:|---:|---:|---:|---|\n"
        s += "| \(f.looks) | \(n(f.looksPerOperatorHour, "%.1f")) (\(operators) a sector) | \(n(LookFigures.quantile(f.waits, 0.5))) / "
            + "\(n(LookFigures.quantile(f.waits, 0.95))) / \(n(f.waits.max())) | \(f.personAsAnimal) | \(f.personMissed) | \(f.animalAsPerson) "
            + "| \(f.cannotTell) | \(f.unsure) | \(f.lostToWrongLook.isEmpty ? "none" : f.lostToWrongLook.joined(separator: ", ")) |\n"
        s += "\n| operators a sector (replayed) | worst sector's median wait (s) | p95 wait (s) | max wait (s) |\n|---:|---:|---:|---:|\n"
        for row in sizing.rows {
            s += "| \(row.operators)\(row.operators == sizing.needed ? " (needed)" : "") | \(n(row.medianWait)) | \(n(row.p95Wait)) | \(n(row.maximumWait)) |\n"
        }
        s += "\nNeeded: the fewest operators a sector whose replayed 95th-percentile wait is at most \(n(LookSizing.targetWait)) s in every sector"
            + (sizing.needed == nil ? " (none up to \(sizing.rows.count)).\n" : ".\n")
        return s
    }

    static func json(_ r: AlertQualityReport, looks f: LookFigures? = nil, sizing: LookSizing? = nil) -> String {
        var o = JSONObjectBuilder()
        o.add("crossings", r.crossings.count)
        o.add("detected", r.detected)
        o.add("alerted", r.alerted)
        o.add("p_alerted", r.probabilityAlerted)
        o.add("p_alerted_lower_95", r.probabilityAlertedLowerBound)
        o.add("alerted_of_detected", r.alertedOfDetected)
        o.add("p_alerted_given_detected", r.probabilityAlertedGivenDetected)
        o.add("median_delay_s", r.medianDelay)
        o.add("alerts", r.alerts.count)
        for m in AlertQualityReport.Match.allCases { o.add("alerts_" + m.rawValue.replacingOccurrences(of: "-", with: "_"), r.count(m)) }
        o.add("false_alerts", r.falseAlerts)
        o.add("false_per_10km_day", r.falseAlertsPer10kmPerDay)
        o.add("border_km", r.borderLength / 1000)
        o.add("hours", r.duration / 3600)
        o.add("non_crossing_humans", r.nonCrossingHumans)
        var people: [String] = []
        for c in r.crossings {
            var p = JSONObjectBuilder()
            p.add("id", c.id)
            p.add("crossed", c.crossedAt)
            p.add("first_detection", c.firstDetection)
            p.add("first_alert", c.firstAlert)
            p.add("alert", c.alert)
            p.add("delay", c.delay)
            people.append(p.json)
        }
        o.addRaw("people", json: "[" + people.joined(separator: ", ") + "]")
        let outcomes = r.alerts.map { a in
            var x = JSONObjectBuilder()
            x.add("id", a.id)
            x.add("match", a.match.rawValue)
            x.add("truth", a.truth)
            return x.json
        }
        o.addRaw("alert_outcomes", json: "[" + outcomes.joined(separator: ", ") + "]")
        if let f {
            var l = JSONObjectBuilder()
            l.add("looks", f.looks)
            l.add("operator_hours", f.operatorHours)
            l.add("per_operator_hour", f.looksPerOperatorHour)
            l.add("wait_median_s", LookFigures.quantile(f.waits, 0.5))
            l.add("wait_p95_s", LookFigures.quantile(f.waits, 0.95))
            l.add("wait_max_s", f.waits.max())
            l.add("person_as_animal", f.personAsAnimal)
            l.add("person_missed", f.personMissed)
            l.add("animal_as_person", f.animalAsPerson)
            l.add("cannot_tell", f.cannotTell)
            l.add("unsure", f.unsure)
            l.addRaw("lost_to_wrong_look", json: "[" + f.lostToWrongLook.map { "\"\($0)\"" }.joined(separator: ", ") + "]")
            if let sizing {
                if let needed = sizing.needed { l.add("operators_needed", needed) }
                let rows = sizing.rows.map { row in
                    var x = JSONObjectBuilder()
                    x.add("operators", row.operators)
                    x.add("median_wait_s", row.medianWait)
                    x.add("p95_wait_s", row.p95Wait)
                    x.add("max_wait_s", row.maximumWait)
                    return x.json
                }
                l.addRaw("sizing", json: "[" + rows.joined(separator: ", ") + "]")
            }
            o.addRaw("looks", json: l.json)
        }
        return o.json
    }
}
