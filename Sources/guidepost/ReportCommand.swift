import ArgumentParser
import Casework
import Foundation
import GuidepostCore
import Operations
import Pipeline

extension Guidepost {
    /// `guidepost report ID`: the press statement, UNC notification and after-action report of
    /// a stored incident, in Markdown or HTML, rebuilt from the store's log.
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write an incident's reports (press statement, UNC notification, after-action) from the store.",
            discussion: "With --out, writes ID-KIND.md|html files into the folder; otherwise prints to stdout.")

        enum Format: String, ExpressibleByArgument, CaseIterable { case md, html }

        @Argument(help: "Incident id.")
        var id: String
        @OptionGroup var store: StoreOptions
        @Option(help: "The run (default: the last run that has the incident).")
        var run: String?
        @Option(help: "Which report: press-statement, unc-notification, after-action, or all.")
        var kind: String = "all"
        @Option(help: "md or html.")
        var format: Format = .md
        @Option(help: "Folder to write the reports into (created if missing).")
        var out: String?
        @Option(help: ArgumentHelp(
            "A Casework subject (JSON: name, birthDate, unit, rank, hometown) whose identifying details are withheld.",
            valueName: "file"))
        var withhold: String?

        func validate() throws {
            guard kind == "all" || ReportKind(rawValue: kind) != nil else {
                throw ValidationError("--kind must be all, \(ReportKind.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
        }

        func run() async throws {
            try await store.withLog(reading: true) { log in
                let (record, incident) = try await StoredIncident.load(id: id, run: run, from: log, path: store.display)
                let kinds = ReportKind(rawValue: kind).map { [$0] } ?? ReportKind.allCases
                var terms: [String] = []
                if let withhold {
                    try JSONLinesReader.checkReadable(withhold)
                    let data: Data
                    do { data = try Data(contentsOf: URL(fileURLWithPath: withhold)) } catch let error as CocoaError {
                        throw CommandFailure(.missingInput, ExitStatus.describe(error))
                    }
                    do { terms = try JSONDecoder().decode(Subject.self, from: data).identifyingTerms } catch {
                        let issue = InputError(decoding: error, file: withhold, bytes: [UInt8](data))
                        throw CommandFailure(
                            .badInput, "\(issue) (--withhold takes a Casework subject: JSON with name, birthDate, unit, rank, hometown)")
                    }
                }
                if let out {
                    do { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) } catch let error as CocoaError {
                        throw CommandFailure(.cannotWrite, "--out: \(ExitStatus.describe(error))")
                    }
                }
                for k in kinds {
                    let doc = k.document(record, incident: incident, redact: terms)
                    let text = format == .md ? doc.markdown : doc.html
                    if let out {
                        let path = try OutputFolder(out).file("\(id)-\(k.rawValue).\(format.rawValue)")
                        do { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) } catch let error as CocoaError {
                            throw CommandFailure(.cannotWrite, ExitStatus.describe(error))
                        }
                        print("wrote \(path)")
                    } else {
                        print(text)
                    }
                }
            }
        }
    }
}
