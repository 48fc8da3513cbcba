import ArgumentParser
import Border
import Foundation
import Guidance
import GuidepostCore
import Pipeline

extension Guidepost {
    /// `guidepost guide`: the route out of the minefield for a scenario's crossing person, where
    /// the team meets them, and how both walk it.
    struct Guide: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Plan the safest route out for a scenario's crossing person, the team's rendezvous, and spoken instructions.",
            discussion: """
                By default the person starts at their first route point south of the MDL band and the \
                reception point is just south of the nearest manned GOP post; the guidance team leaves \
                from the nearest manned ROK guard post or GOP post. Cost per metre = walking seconds + \
                λ × (mine hazard + KPA exposure hazard) (docs/guidance.md). Prints the route report \
                (length, expected time, mine risk, seconds in KPA view), the rendezvous and the \
                instructions. --track ID --tracks FILE starts from the latest position of a track in a tracker's output.
                """)

        @Argument(help: "A scenario file, or the name of a bundled one (e.g. 2025-07-03-central-west-civilian).")
        var scenario: String
        @Option(help: "Start here instead (LON,LAT).") var from: String?
        @Option(help: "Start from the latest position of this track (needs --tracks).") var track: String?
        @Option(help: "The tracker's output (tracks JSON Lines, EPSG:5179) that --track refers to.") var tracks: String?
        @Option(help: "Reception point (LON,LAT) instead of the nearest GOP post.") var to: String?
        @Option(help: "λ: seconds of walking worth one unit of hazard (default 360000: a 1 % risk ≈ 1 h of detour).")
        var weight: Double = 3.6e5
        @Option(help: "day, twilight or night (default: the scenario's light when the guidance team appears).")
        var light: String?
        @Option(help: "Reach of KPA fire from a guard post, metres (exposure counts only within it).")
        var weaponRange: Double = 2000
        @Option(help: "Margin around start, reception point and team post, metres.") var margin: Double = 1500
        @Option(help: "Cell size, metres.") var cell: Double = 10
        @Option(help: "Price this window instead (LON,LAT,W_KM,H_KM); it must hold the start, reception point and team post.")
        var window: String?
        @Option(name: .shortAndLong, help: "Write an SVG map of the routes here.") var out: String?
        @Option(help: "Write the routes as GeoJSON here.") var geojson: String?
        @Flag(help: "Print one JSON object instead of text.") var json = false
        @Flag(help: "Print the time of each stage to standard error.") var timing = false

        func validate() throws {
            guard weight.isFinite, weight >= 0 else { throw ValidationError("--weight must be a finite number ≥ 0 (seconds per unit of hazard)") }
            guard weaponRange.isFinite, weaponRange >= 0, weaponRange <= 10_000 else { throw ValidationError("--weapon-range must be between 0 and 10000 m") }
            guard margin.isFinite, margin >= 0, margin <= 20_000 else { throw ValidationError("--margin must be between 0 and 20000 m") }
            guard cell.isFinite, cell >= 1, cell <= 100 else { throw ValidationError("--cell must be between 1 and 100 m") }
            if let light, Light(rawValue: light) == nil { throw ValidationError("--light must be day, twilight or night") }
            if let window {
                do { _ = try MapRequest.parseWindow(window) } catch { throw ValidationError(error.description) }
            }
            if (track == nil) != (tracks == nil) { throw ValidationError("--track ID and --tracks FILE go together") }
            if track != nil, from != nil { throw ValidationError("give --from or --track, not both") }
            for (name, text) in [("--from", from), ("--to", to)] {
                if let text { _ = try Self.coordinate(text, option: name) }
            }
        }

        static func coordinate(_ text: String, option: String) throws -> GeoCoordinate {
            let parts = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count == 2, let lon = parts[0], let lat = parts[1], lon.isFinite, lat.isFinite else {
                throw ValidationError("\(option) expects LON,LAT (two numbers), got '\(text)'")
            }
            let g = GeoCoordinate(longitude: lon, latitude: lat)
            guard g.isInKoreanTheatre else { throw ValidationError("\(option) \(text) is not near the Korean peninsula; longitude first, then latitude") }
            return g
        }

        /// --from, or the latest position of --track in --tracks, or nil (the scenario's crossing person).
        func startCoordinate() throws -> GeoCoordinate? {
            if let track, let tracks {
                return try TrackStart.lastPosition(of: track, in: tracks) { PlanInput.printError("warning: \($0)") }
            }
            return try from.map { try Self.coordinate($0, option: "--from") }
        }

        func run() async throws {
            let clock = ContinuousClock()
            var mark = clock.now
            let progress = isatty(2) != 0 && !timing
            if progress { PlanInput.printError("guide: loading the scenario and its border…") }
            let setup = try GuideSetup.make(
                scenario: scenario, from: try startCoordinate(), fromNote: track.map { "track \($0), latest position" } ?? "--from",
                to: try to.map { try Self.coordinate($0, option: "--to") }, light: light.flatMap(Light.init(rawValue:)),
                margin: margin, cell: cell, window: try window.map { try MapRequest.parseWindow($0) })
            var stages = ["load \(PlanInput.milliseconds(clock.now - mark)) ms"]
            mark = clock.now
            var request = GuidePlanner.Request(
                border: setup.border, window: setup.window, person: CostModel(light: setup.light, riskWeight: weight),
                start: setup.start, goal: setup.goal, teamPost: setup.teamPost)
            request.destinationName = setup.destinationName
            request.person.weaponRange = weaponRange
            request.team.weaponRange = weaponRange
            let result: GuidePlanner.Result
            do {
                result = try GuidePlanner.plan(request) { name in
                    stages.append("\(name) \(PlanInput.milliseconds(clock.now - mark)) ms")
                    if progress { PlanInput.printError("guide: \(name) done") }
                    mark = clock.now
                }
            } catch {
                PlanInput.printError("error: \(error.description)")
                throw ExitCode(2)
            }
            if result.teamPostNorthOfLine {
                PlanInput.printError(
                    "warning: the team's post \(setup.teamPostName) lies north of the MDL's southern candidate line; its route starts from the nearest point south of it")
            }
            if timing {
                PlanInput.printError("\(setup.window.rows)×\(setup.window.columns) cells at \(cell) m: " + stages.joined(separator: ", "))
            }
            let output = GuideOutput(setup: setup, result: result)
            print(json ? output.json() : output.text(), terminator: json ? "\n" : "")
            if let out { try Self.write(output.svg(), to: out) }
            if let geojson { try Self.write(output.geoJSON(), to: geojson) }
        }

        static func write(_ text: String, to path: String) throws {
            if path == "-" {
                FileHandle.standardOutput.write(Data(text.utf8))
                return
            }
            do { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) } catch let error as CocoaError {
                throw CommandFailure(.cannotWrite, ExitStatus.describe(error))
            }
        }
    }
}
