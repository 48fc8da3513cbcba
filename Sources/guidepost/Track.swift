import ArgumentParser
import FieldSimulation
import Foundation
import GuidepostCore
import Pipeline
import Tracking

extension Guidepost {
    /// `guidepost track`: detections in, tracks out, streaming.
    struct TrackCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "track",
            abstract: "Turn detections (JSON Lines) into tracks (JSON Lines), as they arrive.",
            discussion: """
                Reads DESIGN.md detections from a file or '-' (stdin) and writes one track line per \
                confirmed track per scan. Any planar metric frame works (EPSG:5179 in Guidepost). \
                A bad line, or one out of time order, is reported on stderr with its line number and skipped \
                (exit status 65 at the end). With --mdl/--fence \
                (GeoJSON lon/lat), each track carries t_mdl/t_fence, seconds until it reaches them.
                """)

        @Argument(help: "Detections, JSON Lines sorted by t ('-' for stdin).") var detections: String
        @Option(help: "Scan times, JSON Lines {\"t\": …}: the tracker coasts through scans with no detections.")
        var scans: String?
        @Option(help: "Where to write tracks ('-' for stdout).") var out = "-"
        @Option(help: "The MDL as GeoJSON lines in lon/lat (for t_mdl).") var mdl: String?
        @Option(help: "The southern fence as GeoJSON lines in lon/lat (for t_fence).") var fence: String?
        @Flag(
            help: "Use the shipped border (EPSG:5179): the southern MDL candidate line and the GOP fence for t_mdl/t_fence.")
        var borderLines = false
        @Option(help: "Fence-zone segments, JSON Lines {zone, x1, y1, x2, y2}, for zone alarms.") var fenceZones: String?
        @Flag(help: "Write each track's position covariance.") var cov = false
        @Flag(help: "Print timing and counts on stderr at the end.") var stats = false
        @OptionGroup var options: TrackOptions

        func run() throws {
            let shipped = borderLines ? try LinesOfInterest.shippedBorder() : LinesOfInterest()
            let lines = LinesOfInterest(
                mdl: try mdl.map(LinesOfInterest.polylines(geoJSON:)) ?? shipped.mdl,
                fence: try fence.map(LinesOfInterest.polylines(geoJSON:)) ?? shipped.fence)
            let report: (InputError) -> Void = { FileHandle.standardError.write(Data("warning: \($0)\n".utf8)) }
            let zones = try fenceZones.map { try FenceZones(path: $0, onError: report) } ?? FenceZones()
            var context = TrackRunContext(
                detections: try JSONLinesReader(path: detections), scans: try scans.map(JSONLinesReader.init(path:)),
                writer: try JSONLinesWriter(path: out), lines: lines, zones: zones, configuration: options.configuration,
                writeCovariance: cov, report: report)
            context.run()
            if stats { context.printStatistics() }
            if context.refused > 0 { throw CommandFailure.refusedLines(context.refused, of: detections == "-" ? "<stdin>" : detections) }
        }
    }
}
