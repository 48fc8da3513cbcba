import ArgumentParser
import Foundation
import GuidepostCore

extension Guidepost {
    /// `guidepost map`: draw the border (`--border`) or a window of it (`--window`) as SVG.
    struct Map: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "map",
            abstract: "Draw a scenario's window, the whole border, or a window of it, as an SVG map.",
            discussion: """
                SCENARIO draws the scenario's window of border with its terrain overrides, the posts it adds \
                and every actor's planned path. --border draws the whole MDL with its sectors and posts. --window LON,LAT,W_KM,H_KM draws \
                a window with every layer: MDL band, limit lines, fences and gates, minefields, roads, \
                rivers, vegetation, shaded elevation, posts with their sensor coverage, scale bar, north \
                arrow and legend. Generated features depend on --seed.
                """)

        @Argument(help: "A scenario file, or the name of a bundled one (e.g. 2019-07-31-imjin-river-float).")
        var scenario: String?

        @Flag(help: "Draw the whole border with its sectors.")
        var border = false

        @Option(help: "The window: centre longitude, latitude, width km, height km (e.g. 128.33,38.60,10,8).")
        var window: String?

        @Option(help: "Seed for the generated terrain, posts and minefields.")
        var seed: UInt64 = 1

        @Option(help: "Width of the map face in pixels.")
        var width: Double = 1000

        @Flag(help: "Leave out the posts' viewsheds (faster).")
        var noCoverage = false

        @Option(name: .shortAndLong, help: "The SVG file to write ('-' for standard output).")
        var out: String

        func validate() throws {
            if [scenario != nil, border, window != nil].filter({ $0 }).count != 1 {
                throw ValidationError("give exactly one of SCENARIO, --border or --window LON,LAT,W_KM,H_KM")
            }
            if let window {
                do { _ = try MapRequest.parseWindow(window) } catch { throw ValidationError(error.description) }
            }
            guard width.isFinite, width >= 300, width <= 6000 else { throw ValidationError("--width must be between 300 and 6000 pixels") }
        }

        func request() throws -> MapRequest {
            if let scenario { return try ScenarioMap.request(for: scenario, width: width, coverage: !noCoverage) }
            let subject: MapRequest.Subject = try window.map { try MapRequest.parseWindow($0) } ?? .border
            var r = MapRequest(subject: subject, seed: seed)
            r.mapWidth = width
            r.drawsCoverage = !noCoverage
            if let window { r.title = "Guidepost — border window \(window)" }
            return r
        }

        func run() async throws {
            let showProgress = isatty(2) != 0
            if showProgress { FileHandle.standardError.write(Data("map: building the border and drawing…\n".utf8)) }
            let svg = try request().render()
            if out == "-" {
                FileHandle.standardOutput.write(Data(svg.utf8))
            } else {
                do { try Data(svg.utf8).write(to: URL(fileURLWithPath: out)) } catch let error as CocoaError {
                    throw CommandFailure(.cannotWrite, "--out: \(ExitStatus.describe(error))")
                }
                if showProgress { FileHandle.standardError.write(Data("map: wrote \(out) (\(svg.utf8.count / 1024) KiB)\n".utf8)) }
            }
        }
    }
}
