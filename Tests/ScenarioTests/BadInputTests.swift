import Foundation
import GuidepostCore
import Scenario
import Testing

/// Each class of bad input yields its own error, on the line of the offending node, naming the field.
@Suite struct BadInputTests {
    /// A minimal valid scenario; tests replace one line of it.
    static let valid = """
        id: test
        title: A test
        start: 2019-07-31T23:00:00+09:00
        duration: 2h
        window: imjin
        deployment:
          sensors:
            - id: tod-1
              kind: thermal
              at: [127.0, 38.2]
        actors:
          - id: p1
            kind: person
            route:
              - at: {near: imjin-crossing, d: 1000}
              - at: {near: imjin-crossing, d: -500}
                t: 23:30
                speed: 0.8
        expected:
          final_state: handed-over
          custody: {earliest: 23:40, latest: 23:59}
        """

    /// `valid` with line `n` (1-based) replaced by `text`.
    static func replacing(line n: Int, with text: String) -> String {
        var lines = valid.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[n - 1] = text
        return lines.joined(separator: "\n")
    }

    /// The first problem reported for `yaml`, or a recorded failure if it loads.
    static func firstIssue(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) -> InputError? {
        do {
            _ = try ScenarioLoader.load(yaml: yaml, file: "t.yaml")
            Issue.record("expected an error", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error.first
        }
    }

    @Test func theBaseDocumentLoads() throws {
        let loaded = try ScenarioLoader.load(yaml: Self.valid, file: "t.yaml")
        #expect(loaded.document.actors.first?.route?[1].t?.seconds(since: loaded.document.start) == 1800)
    }

    @Test func malformedYAMLNamesItsLine() throws {
        let issue = try #require(Self.firstIssue(Self.replacing(line: 4, with: "duration: [2h")))
        #expect(issue.file == "t.yaml")
        #expect(issue.line == 5 || issue.line == 4)
        #expect(issue.reason.hasPrefix("malformed YAML"))
    }

    @Test func unknownFieldSuggestsTheNearestKnownOne() throws {
        let issue = try #require(Self.firstIssue(Self.replacing(line: 18, with: "        spead: 0.8")))
        #expect(issue.line == 18)
        #expect(issue.column == 9)
        #expect(issue.field == "actors[0].route[1].spead")
        #expect(issue.reason == "unknown field 'spead'")
        #expect(issue.hint == "did you mean 'speed'?")
    }

    @Test func misspeltRequiredFieldIsReportedAsTheTypo() throws {
        let issue = try #require(Self.firstIssue(Self.replacing(line: 3, with: "strat: 2019-07-31T23:00:00+09:00")))
        #expect(issue.line == 3)
        #expect(issue.field == "strat")
        #expect(issue.hint == "did you mean 'start'?")
    }

    @Test func missingRequiredField() throws {
        let issue = try #require(Self.firstIssue(Self.replacing(line: 2, with: "")))
        #expect(issue.field == "title")
        #expect(issue.reason == "required field is missing")
        #expect(issue.line == 1)
    }

    @Test func wrongType() throws {
        let issue = try #require(Self.firstIssue(Self.replacing(line: 18, with: "        speed: fast")))
        #expect(issue.line == 18)
        #expect(issue.column == 16)
        #expect(issue.field == "actors[0].route[1].speed")
        #expect(issue.reason.contains("expected a number"))
    }

    @Test(arguments: [".nan", "NaN", ".inf", "-.inf", "infinity"])
    func nonFiniteNumbers(_ word: String) throws {
        let issue = try #require(Self.firstIssue(Self.replacing(line: 18, with: "        speed: \(word)")))
        #expect(issue.line == 18)
        #expect(issue.field == "actors[0].route[1].speed")
        #expect(issue.reason.contains("not a finite number"))
    }

    @Test func coordinatesOutsideKorea() throws {
        let issue = try #require(Self.firstIssue(Self.replacing(line: 10, with: "      at: [2.35, 48.85]")))
        #expect(issue.line == 10)
        #expect(issue.field == "deployment.sensors[0].at")
        #expect(issue.reason.contains("outside Korea"))
        #expect(!issue.reason.contains("swap"))
    }

    @Test func swappedCoordinatesAreNamedAsSuch() throws {
        let issue = try #require(Self.firstIssue(Self.replacing(line: 10, with: "      at: [38.2, 127.0]")))
        #expect(issue.line == 10)
        #expect(issue.reason.contains("did you swap longitude and latitude"))
    }

    @Test func timesOutOfOrder() throws {
        let issue = try #require(
            Self.firstIssue(Self.replacing(line: 21, with: "  custody: {earliest: 23:50, latest: 23:40}")))
        #expect(issue.line == 21)
        #expect(issue.field == "expected.custody.latest")
        #expect(issue.reason.contains("ends before it begins"))
    }

    @Test func waypointTimesMustNotRunBackwards() throws {
        var yaml = Self.valid.replacingFirst(
            "      - at: {near: imjin-crossing, d: 1000}",
            with: "      - at: {near: imjin-crossing, d: 1000}\n        t: 23:45")
        let issue = try #require(Self.firstIssue(yaml))
        #expect(issue.line == 18)
        #expect(issue.field == "actors[0].route[1].t")
        yaml = Self.replacing(line: 17, with: "        t: 2019-08-01T03:00:00+09:00")
        let late = try #require(Self.firstIssue(yaml))
        #expect(late.reason.contains("after the end of the run"))
    }

    @Test func probabilityOutsideUnitInterval() throws {
        let yaml = Self.valid + "\nconditions:\n  - light: night\n    moon: 1.5\n"
        let issue = try #require(Self.firstIssue(yaml))
        #expect(issue.line == 24)
        #expect(issue.field == "conditions[0].moon")
        #expect(issue.reason.contains("not between 0 and 1"))
    }

    @Test func unknownSector() throws {
        let issue = try #require(Self.firstIssue(Self.replacing(line: 5, with: "window: cheorwom")))
        #expect(issue.line == 5)
        #expect(issue.field == "window")
        #expect(issue.reason.contains("did you mean 'cheorwon'?"))
    }

    @Test func unknownSensorReference() throws {
        let yaml = Self.valid.replacingFirst(
            "actors:", with: "  faults:\n    - kind: dead\n      sensor: tod-2\nactors:")
        let issue = try #require(Self.firstIssue(yaml))
        #expect(issue.line == 13)
        #expect(issue.field == "deployment.faults[0].sensor")
        #expect(issue.reason == "no sensor 'tod-2' is listed")
        #expect(issue.hint == "did you mean 'tod-1'?")
    }

    @Test func unknownActorReference() throws {
        let yaml = Self.valid.replacingFirst(
            "expected:", with: "    behaviours:\n      - kind: pursue\n        target: p2\nexpected:")
        let issue = try #require(Self.firstIssue(yaml))
        #expect(issue.line == 21)
        #expect(issue.field == "actors[0].behaviours[0].target")
        #expect(issue.reason == "no actor 'p2' is defined")
    }

    @Test func unknownPlace() throws {
        let issue = try #require(
            Self.firstIssue(Self.replacing(line: 15, with: "      - at: {near: pyongyang, d: 1000}")))
        #expect(issue.line == 15)
        #expect(issue.field == "actors[0].route[0].at.near")
        #expect(issue.reason.contains("unknown place 'pyongyang'"))
    }

    @Test func fieldsOfAnotherBehaviourKindAreUnknown() throws {
        let yaml = Self.valid.replacingFirst(
            "expected:", with: "    behaviours:\n      - kind: hide-by-day\n        rounds: 3\nexpected:")
        let issue = try #require(Self.firstIssue(yaml))
        #expect(issue.line == 21)
        #expect(issue.field == "actors[0].behaviours[0].rounds")
        #expect(issue.reason == "unknown field 'rounds'")
    }

    @Test func everyProblemIsReportedNotOnlyTheFirst() throws {
        var yaml = Self.replacing(line: 18, with: "        spead: 0.8")
        yaml = yaml.replacingFirst(
            "  custody: {earliest: 23:40, latest: 23:59}",
            with: "  custody: {earliest: 23:50, latest: 23:40}\n  colour: red")
        do {
            _ = try ScenarioLoader.load(yaml: yaml, file: "t.yaml")
            Issue.record("expected errors")
        } catch {
            #expect(error.issues.map(\.line) == [18, 21, 22])
            #expect(error.description.split(separator: "\n").count == 3)
        }
    }

    /// Lines broken by a lone CR: Yams counts three lines where a split on "\n" sees one, and
    /// placing the duplicate key's error trapped (`Range requires lowerBound <= upperBound`;
    /// found by FuzzScenario). It must be an error naming the field.
    @Test func duplicateKeysOnCarriageReturnLinesAreAnErrorNotATrap() {
        do {
            _ = try ScenarioLoader.load(yaml: "id: x\r\rconditions:\r  k: 1\r  k: 2\r", file: "t.yaml")
            Issue.record("a duplicated key was accepted")
        } catch {
            #expect(error.issues.contains { $0.reason.contains("field given twice") }, "\(error)")
        }
    }

    @Test func duplicateKeys() throws {
        let issue = try #require(Self.firstIssue(Self.replacing(line: 13, with: "    kind: person\n    kind: animal")))
        #expect(issue.line == 14)
        #expect(issue.reason.contains("field given twice: kind"))
    }

    @Test func unknownSensorKindNamesTheNearestKind() throws {
        let issue = try #require(Self.firstIssue(Self.replacing(line: 9, with: "      kind: thermol")))
        #expect(issue.line == 9)
        #expect(issue.field == "deployment.sensors[0].kind")
        #expect(issue.reason.contains("did you mean 'thermal'?"))
    }

    @Test func aDocumentThatIsNotAMapping() throws {
        let issue = try #require(Self.firstIssue("- id: a\n- id: b\n"))
        #expect(issue.line == 1)
        #expect(issue.reason == "expected a mapping (key: value), found a list")
    }

    @Test func anchorsLiveUnderXKeys() throws {
        let yaml =
            "x-here: &here {near: jsa, d: -300}\n"
            + Self.valid.replacingFirst(
                "      - at: {near: imjin-crossing, d: 1000}", with: "      - at: *here")
        let loaded = try ScenarioLoader.load(yaml: yaml, file: "t.yaml")
        #expect(loaded.document.actors[0].route?[0].at == .near(.place(.jsa), ds: 0, d: -300))
        let stray = try #require(Self.firstIssue("here: 1\n" + Self.valid))
        #expect(stray.field == "here" && stray.line == 1)
    }

    @Test func aPlaceNameIsThatPlace() throws {
        let loaded = try ScenarioLoader.load(yaml: Self.replacing(line: 10, with: "      at: jsa"), file: "t.yaml")
        #expect(loaded.document.deployment?.sensors[0].at == .geographic(Place.jsa.coordinate))
        let issue = try #require(Self.firstIssue(Self.replacing(line: 10, with: "      at: kaesong")))
        #expect(issue.line == 10 && issue.reason.contains("unknown place 'kaesong'"))
    }

    @Test func emptyAndUnreadableFiles() throws {
        let empty = try #require(Self.firstIssue(""))
        #expect(empty.reason.contains("no YAML document"))
        do {
            _ = try ScenarioLoader.load(file: "/nonexistent/x.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.first?.file == "/nonexistent/x.yaml")
            #expect(error.first?.reason == "cannot read the file")
        }
    }
}

extension String {
    /// This string with the first occurrence of `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let r = range(of: target) else { return self }
        return replacingCharacters(in: r, with: replacement)
    }
}
