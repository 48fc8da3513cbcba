import Foundation
import GuidepostCore
import Testing

/// `guidepost run --record` writes each look with its truth (looks.jsonl) and logs it
/// (`alert_looked`); `score-alerts --looks` counts them, per operator-hour, with the queue's
/// waits and the misidentifications; `--look perfect` is the old oracle, never wrong.
@Suite struct LookScoringCommandTests {
    static func scratch() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gp-looks-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Runs the swimmer with `look` and scores its looks; returns the looks.jsonl lines, the
    /// log's `alert_looked` count and score-alerts' JSON.
    static func runAndScore(look: String) throws -> (looks: [LookRecord], logged: Int, score: [String: Any]) {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let name = "2021-02-16-goseong-swimmer"
        let run = try GuidepostProcess.run([
            "run", name, "--db", dir + "/run.sqlite", "--out", dir + "/out", "--record", dir + "/rec", "--quiet", "--look", look,
        ])
        #expect(run.status == 0 && !run.signalled, "\(run.err)")
        let looks = try String(contentsOfFile: dir + "/rec/looks.jsonl", encoding: .utf8).split(separator: "\n")
            .map { try JSONDecoder().decode(LookRecord.self, from: Data($0.utf8)) }
        let logged = try String(contentsOfFile: dir + "/out/events.jsonl", encoding: .utf8).split(separator: "\n")
            .count { $0.contains("\"alertLooked\"") }
        let score = try GuidepostProcess.run([
            "score-alerts", name, "--truth", dir + "/rec/truth.jsonl", "--first-detections", dir + "/rec/first-detections.jsonl",
            "--tracks", dir + "/rec/tracks.jsonl", "--events", dir + "/out/events.jsonl", "--looks", dir + "/rec/looks.jsonl", "--json",
        ])
        #expect(score.status == 0, "\(score.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(score.out.utf8)) as? [String: Any])
        return (looks, logged, json)
    }

    @Test(.timeLimit(.minutes(10))) func looksAreRecordedLoggedAndScored() throws {
        let (looks, logged, score) = try Self.runAndScore(look: "modelled")
        #expect(!looks.isEmpty)
        // Every look made is answered and logged, but for those begun in the run's last minute,
        // whose view may be due after the simulator's end.
        let last = looks.map(\.t).max() ?? 0
        #expect(logged <= looks.count && looks.count - logged <= looks.count { $0.t >= last - 60 }, "\(logged) logged of \(looks.count)")
        #expect(logged >= looks.count / 2)
        let l = try #require(score["looks"] as? [String: Any])
        #expect(l["looks"] as? Int == looks.count)
        // 6 operators × the window's sectors × the run's hours.
        let hours = try #require(score["hours"] as? Double), perHour = try #require(l["per_operator_hour"] as? Double)
        let operatorHours = try #require(l["operator_hours"] as? Double)
        #expect(abs(perHour - Double(looks.count) / operatorHours) < 1e-9)
        #expect(abs(operatorHours.truncatingRemainder(dividingBy: 6 * hours)) < 1e-6, "a whole number of sectors: \(operatorHours) for \(hours) h")
        // The counts are those of the records.
        let asAnimal = looks.flatMap(\.targets).count { $0.kind == .human && $0.outcome == .guessedAnimal }
        #expect(l["person_as_animal"] as? Int == asAnimal)
        #expect(l["cannot_tell"] as? Int == looks.count { $0.view == .cannotTell })
        #expect(l["sizing"] is [Any])
    }

    @Test(.timeLimit(.minutes(10))) func thePerfectLookIsNeverWrong() throws {
        let (looks, _, score) = try Self.runAndScore(look: "perfect")
        #expect(!looks.isEmpty)
        for target in looks.flatMap(\.targets) {
            #expect([.recognised, .missed, .hidden].contains(target.outcome), "\(target)")
        }
        let l = try #require(score["looks"] as? [String: Any])
        #expect(l["person_as_animal"] as? Int == 0 && l["animal_as_person"] as? Int == 0 && l["cannot_tell"] as? Int == 0)
    }
}
