import Border
import Foundation
import GuidepostCore
import Scenario
import Testing

/// Issue 19: every number of a scenario has a physical range, checked when the file is loaded
/// with the same `file:line:col: field: reason` as a type error, and the run, its actors and its
/// window have resource limits that name how to raise them.
@Suite struct RangeTests {
    /// A scenario with every numeric field of the schema written once, at a sane value. Each
    /// `{{name}}` is filled from `sane` unless a test gives its own value.
    static let template = """
        id: {{id}}
        title: Ranges
        start: {{start}}
        duration: {{duration}}
        conditions:
          - moon: 0.5
            visibility: {{visibility}}
            rain: {{rain}}
            wind: {{wind}}
            temperature: {{temperature}}
        window:
          centre: {near: imjin-crossing, ds: {{window_ds}}}
          length: {{length}}
          d: [{{d_from}}, 3000]
        deployment:
          nuisance_rate: {{nuisance_rate}}
          posts:
            - {id: gop, kind: platoon-post, at: {near: imjin-crossing, d: -2100}}
          sensors:
            - {id: tod-1, kind: thermal, post: gop, range: {{range}}, facing: {{facing}}, arc: {{arc}}, pd: 0.9}
          faults:
            - {kind: degraded, sensor: tod-1, pd: 0.5}
            - {kind: dead, at: {near: imjin-crossing, d: -2000}, radius: {{fault_radius}}}
            - {kind: clock-offset, sensor: tod-1, offset: {{offset}}}
        terrain:
          - {kind: river, line: [{near: imjin-crossing, d: 3000}, {near: imjin-crossing, d: -3000}], width: {{width}}, depth: {{depth}}, flow: {{flow}}, level: {{level}}}
          - {kind: minefield, polygon: [{s: 20000, d: 100}, {s: 20100, d: 100}, {s: 20100, d: 200}], mines_per_m2: {{mines}}}
          - {kind: hill, at: {near: imjin-crossing, d: 500}, height: {{height}}, radius: {{hill_radius}}}
          - {kind: culvert, at: {near: imjin-crossing, d: -1900}, width: 2, length: {{culvert_length}}}
        actors:
          - id: p1
            kind: person
            route:
              - at: {near: imjin-crossing, d: {{route_d}}}
              - at: {s: {{route_s}}, d: -500}
                speed: {{speed}}
                wait: {{wait}}
            behaviours:
              - {kind: search, at: {near: imjin-crossing}, radius: {{search_radius}}}
          - id: k1
            kind: kpa-patrol
            count: {{count}}
            route:
              - at: {near: imjin-crossing, d: 1500}
            behaviours:
              - {kind: pursue, target: p1, standoff: {{standoff}}, delay: {{delay}}}
              - {kind: fire, rounds: {{rounds}}}
          - id: boar
            kind: animal
            species: wild-boar
            groups: {{groups}}
            count: 4
        expected:
          shots: {rok: {{shots}}, kpa: 0}
          alerts_dismissed: {min: 0, max: {{dismissed}}}
        """

    static let sane: [String: String] = [
        "id": "ranges", "start": "2019-07-31T23:00:00+09:00", "duration": "2h", "visibility": "20000",
        "rain": "0", "wind": "3", "temperature": "15", "window_ds": "0", "length": "8000", "d_from": "-3000",
        "nuisance_rate": "13.3", "range": "3000", "facing": "180", "arc": "180", "fault_radius": "200",
        "offset": "30", "width": "150", "depth": "3", "flow": "1.6", "level": "5", "mines": "0.01",
        "height": "40", "hill_radius": "300", "culvert_length": "20", "route_d": "1000", "route_s": "40000",
        "speed": "0.8", "wait": "10m", "search_radius": "500", "count": "3", "standoff": "200", "delay": "5m",
        "rounds": "20", "groups": "50", "shots": "20", "dismissed": "5",
    ]

    static func yaml(_ changes: [String: String] = [:]) -> String {
        var text = template
        for (key, value) in sane.merging(changes, uniquingKeysWith: { $1 }) {
            text = text.replacingOccurrences(of: "{{\(key)}}", with: value)
        }
        return text
    }

    /// The line (1-based) of `template` holding `{{key}}`.
    static func line(of key: String) -> Int {
        let lines = template.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.contains("{{\(key)}}") } ?? -1) + 1
    }

    static func load(_ yaml: String, limits: ScenarioLimits = .default) throws -> ResolvedScenario {
        let mdl = try MDLData.bundledLine()
        return try ScenarioLoader.load(yaml: yaml, file: "r.yaml", limits: limits).resolve(in: mdl, limits: limits)
    }

    /// The problems loading `yaml` reports; a problem of another kind is recorded as a failure.
    static func issues(_ yaml: String, limits: ScenarioLimits = .default) -> [InputError] {
        do {
            _ = try load(yaml, limits: limits)
            return []
        } catch let error as ScenarioLoadError {
            return error.issues
        } catch {
            Issue.record("unexpected \(error)")
            return []
        }
    }

    @Test func theSaneDocumentLoads() throws {
        let r = try Self.load(Self.yaml())
        #expect(r.document.actors.count == 3)
        #expect(r.document.terrain?.count == 4)
    }

    /// One absurd value per numeric field (those the issue found and the rest of the schema).
    static let absurd: [(key: String, value: String, field: String)] = [
        ("visibility", "1e9", "conditions[0].visibility"),
        ("rain", "5000", "conditions[0].rain"),
        ("wind", "1000", "conditions[0].wind"),
        ("temperature", "1e6", "conditions[0].temperature"),
        ("temperature", "-300", "conditions[0].temperature"),
        ("length", "1e12", "window.length"),
        ("d_from", "-3000000", "window.d"),
        ("nuisance_rate", "1e9", "deployment.nuisance_rate"),
        ("range", "1e9", "deployment.sensors[0].range"),
        ("facing", "1e300", "deployment.sensors[0].facing"),
        ("arc", "720", "deployment.sensors[0].arc"),
        ("fault_radius", "1e20", "deployment.faults[1].radius"),
        ("offset", "1e300", "deployment.faults[2].offset"),
        ("width", "1e7", "terrain[0].width"),
        ("depth", "1e6", "terrain[0].depth"),
        ("flow", "1e4", "terrain[0].flow"),
        ("level", "1e9", "terrain[0].level"),
        ("mines", "1e6", "terrain[1].mines_per_m2"),
        ("height", "1e20", "terrain[2].height"),
        ("hill_radius", "1e20", "terrain[2].radius"),
        ("culvert_length", "1e15", "terrain[3].length"),
        ("route_d", "1e9", "actors[0].route[0].at.d"),
        ("route_s", "1e9", "actors[0].route[1].at"),  // s and ds: off the MDL, at resolution
        ("window_ds", "1e9", "window.centre"),
        ("speed", "1e6", "actors[0].route[1].speed"),
        ("wait", "1e300", "actors[0].route[1].wait"),
        ("search_radius", "1e20", "actors[0].behaviours[0].radius"),
        ("count", "10000000", "actors[1].count"),
        ("standoff", "1e12", "actors[1].behaviours[0].standoff"),
        ("delay", "1e300", "actors[1].behaviours[0].delay"),
        ("rounds", "1000000000", "actors[1].behaviours[1].rounds"),
        ("groups", "10000000", "actors[2].groups"),
        ("shots", "1000000000000", "expected.shots.rok"),
        ("dismissed", "1000000000000", "expected.alerts_dismissed"),
        ("start", "9999-01-01T00:00:00+09:00", "start"),
    ]

    @Test(arguments: absurd)
    func anAbsurdNumberIsRefusedAtItsLine(_ c: (key: String, value: String, field: String)) throws {
        let issues = Self.issues(Self.yaml([c.key: c.value]))
        let issue = try #require(issues.first { $0.field == c.field }, "no problem at \(c.field): \(issues)")
        #expect(issue.file == "r.yaml")
        #expect(issue.line == Self.line(of: c.key), "\(issue)")
        #expect(issue.column != nil)
        #expect(
            ["outside", "longer than", "off the MDL"].contains { issue.reason.contains($0) }, "\(issue)")
    }

    @Test func aRunLongerThanTheLimitNamesTheLimitAndHowToRaiseIt() throws {
        let issues = Self.issues(Self.yaml(["duration": "1e300"]))
        let issue = try #require(issues.first { $0.field == "duration" }, "\(issues)")
        #expect(issue.line == Self.line(of: "duration"))
        #expect(issue.hint?.contains("GUIDEPOST_MAX_RUN_DURATION") == true, "\(issue)")
        // Raised, the same file loads.
        var limits = ScenarioLimits.default
        limits.maxRunDuration = 30 * 86_400
        #expect(Self.issues(Self.yaml(["duration": "20d"]), limits: limits).isEmpty)
        #expect(!Self.issues(Self.yaml(["duration": "20d"])).isEmpty)
    }

    @Test func tenMillionAnimalsAreOverTheIndividualsLimit() throws {
        // 2,500 groups of 4 is within each field's range but 10,000 + 4 individuals in all.
        let issues = Self.issues(Self.yaml(["groups": "2500"]))
        let issue = try #require(issues.first { $0.field == "actors[2]" }, "\(issues)")
        #expect(issue.reason.contains("over the limit of 10000"), "\(issue)")
        #expect(issue.hint?.contains("GUIDEPOST_MAX_INDIVIDUALS") == true)
    }

    @Test func groupsTimesCountThatOverflowsIsAnErrorNotATrap() {
        let yaml = Self.yaml(["groups": "9223372036854775807"])
        let issues = Self.issues(yaml)
        #expect(issues.contains { $0.field == "actors[2].groups" }, "\(issues)")
        #expect(issues.contains { $0.field == "actors[2]" && $0.reason.contains("over the limit") }, "\(issues)")
    }

    @Test(arguments: [
        "[126.53, 33.45]",  // Jeju: in Korea, 500 km south of the MDL
        "[125.2, 37.4]",  // beyond the MDL's western end
        "[129.5, 39.5]",  // beyond its eastern end, at sea
    ])
    func aWindowCentredOffTheMDLIsRefusedAtItsLine(_ centre: String) throws {
        var yaml = Self.yaml()
        yaml = yaml.replacingOccurrences(of: "centre: {near: imjin-crossing, ds: 0}", with: "centre: \(centre)")
        let issues = Self.issues(yaml)
        let issue = try #require(issues.first { $0.field == "window.centre" }, "\(issues)")
        #expect(issue.line == Self.line(of: "window_ds"))
        #expect(issue.reason.contains("off the MDL"), "\(issue)")
    }

    @Test func aWindowLargerThanTheAreaLimitNamesTheLimit() throws {
        var limits = ScenarioLimits.default
        limits.maxWindowArea = 10e6  // 10 km²: the 8 km × 6 km window is over it
        let issues = Self.issues(Self.yaml(), limits: limits)
        let issue = try #require(issues.first { $0.field == "window" }, "\(issues)")
        #expect(issue.reason.contains("over the limit of 10 km²"), "\(issue)")
        #expect(issue.hint?.contains("GUIDEPOST_MAX_WINDOW_AREA") == true)
    }

    @Test func limitsComeFromTheEnvironment() throws {
        let l = try ScenarioLimits(environment: [
            "GUIDEPOST_MAX_RUN_DURATION": "86400", "GUIDEPOST_MAX_INDIVIDUALS": "50", "GUIDEPOST_MAX_WINDOW_AREA": "100",
        ])
        #expect(l.maxRunDuration == 86_400 && l.maxIndividuals == 50 && l.maxWindowArea == 100e6)
        #expect(try ScenarioLimits(environment: [:]) == .default)
        #expect(throws: InputError.self) { try ScenarioLimits(environment: ["GUIDEPOST_MAX_INDIVIDUALS": "lots"]) }
        #expect(throws: InputError.self) { try ScenarioLimits(environment: ["GUIDEPOST_MAX_RUN_DURATION": "-1"]) }
    }

    @Test(arguments: ["../../etc/evil", "a/b", "two\nlines", ".hidden", "", "nul\u{0}byte", "sp ace"])
    func anIdThatIsNotAPlainNameIsRefused(_ id: String) throws {
        // Quoted with escapes, so the YAML itself is fine and the id reaches the check.
        var escaped = ""
        for c in id.unicodeScalars {
            escaped += c == "\n" ? "\\n" : c == "\0" ? "\\0" : c == "\"" ? "\\\"" : String(c)
        }
        let issues = Self.issues(Self.yaml(["id": "\"\(escaped)\""]))
        let issue = try #require(issues.first { $0.field == "id" }, "\(issues)")
        #expect(issue.line == 1)
        #expect(issue.reason.hasPrefix("id "), "\(issue)")
    }

    @Test func everyBundledScenarioIsWithinRangesAndLimits() throws {
        let files = ScenarioFilesTests.files
        #expect(files.count >= 13)
        for name in files {
            _ = try ScenarioLoader.load(file: ScenarioFilesTests.directory + "/" + name).resolve(in: MDLData.bundledLine())
        }
    }
}
