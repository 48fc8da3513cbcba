import ArgumentParser
import Foundation
import GuidepostCore

extension Guidepost {
    /// `guidepost coords`: converts positions between WGS84, EPSG:5179, MGRS and (s, d).
    struct Coords: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert positions between WGS84, EPSG:5179, MGRS and (s, d) along the MDL.",
            discussion: """
                Systems: wgs84 (lon,lat degrees), epsg5179 (x,y metres), mgrs (e.g. 52SCH2439607702), \
                sd (s metres along the MDL from its western end, d metres north of it). Numbers are \
                separated by a comma or blanks. Positions come as arguments, or one per line on \
                standard input. Output is one line per position: lon,lat with 9 decimals, x,y and \
                s,d with 3, MGRS compact. An MGRS reference stands for the south-west corner of its \
                square; MGRS to MGRS only truncates. All positions must lie in Korea (lon 124–132°E, \
                lat 33–43.5°N). A bad position is reported on standard error with its line \
                number and the rest are still converted; output line n always answers input line n \
                (a bad or blank line leaves an empty line), and the exit status is then 65.

                Examples:
                  guidepost coords --from wgs84 --to mgrs 127.0,38.0
                  guidepost coords --from mgrs --to epsg5179 < references.txt
                """)

        @Option(help: ArgumentHelp("The system the positions are in.", valueName: "system"))
        var from: CoordinateSystem

        @Option(help: ArgumentHelp("The system to convert them to.", valueName: "system"))
        var to: CoordinateSystem

        @Option(help: ArgumentHelp("MGRS output precision: 1, 10, 100, 1000, 10000 or 100000.", valueName: "metres"))
        var precision: Int = 1

        @Argument(help: "Positions, one per argument (quote those with blanks; put -- before negative ones).")
        var positions: [String] = []

        func validate() throws {
            guard MGRSPrecision(metres: precision) != nil else {
                throw ValidationError(
                    "--precision must be 1, 10, 100, 1000, 10000 or 100000 (metres), not \(precision)")
            }
        }

        func run() throws {
            let frame: (any AlongBorderFrame)? = from == .sd || to == .sd ? try defaultAlongBorderFrame() : nil
            let converter = CoordinateConverter(
                from: from, to: to, frame: frame, mgrsPrecision: MGRSPrecision(metres: precision) ?? .metre)
            let out = JSONLinesWriter(handle: .standardOutput)
            let report: (InputError) -> Void = { FileHandle.standardError.write(Data("\($0)\n".utf8)) }
            let failures: Int
            if positions.isEmpty {
                let interactive = isatty(STDIN_FILENO) == 1
                if interactive {
                    let note = "guidepost coords: reading \(from.rawValue) positions, one per line; end with Ctrl-D\n"
                    FileHandle.standardError.write(Data(note.utf8))
                }
                let lines = JSONLinesReader(handle: .standardInput, name: "<stdin>").lazy.map {
                    (source: "<stdin>", line: $0.number, text: $0.text)
                }
                failures = converter.convertAll(
                    lines,
                    output: {
                        out.write(line: $0)
                        if interactive { out.flush() }
                    }, report: report)
            } else {
                let args = positions.enumerated().map { (source: "<argument>", line: $0.offset + 1, text: $0.element) }
                failures = converter.convertAll(args, output: { out.write(line: $0) }, report: report)
            }
            out.flush()
            if failures > 0 { throw CommandFailure.refusedLines(failures, of: positions.isEmpty ? "<stdin>" : "the arguments") }
        }
    }
}
