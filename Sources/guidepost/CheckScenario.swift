import ArgumentParser
import Foundation
import GuidepostCore
import Scenario

extension Guidepost {
    /// `guidepost check-scenario FILE…`: loads each scenario and prints every problem with its
    /// file, line, column and field, compiler-style, so editors can jump to it.
    struct CheckScenario: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check-scenario",
            abstract: "Check scenario files: YAML, fields, types, places, times and references.",
            discussion:
                "Prints one line per problem on stderr and exits 65 if any file has a problem (66 if a file cannot be read). See docs/scenarios.md.")

        @Argument(help: "Scenario files (YAML).")
        var files: [String]

        func validate() throws {
            guard !files.isEmpty else { throw ValidationError("Give at least one scenario file.") }
        }

        func run() throws {
            var failed = false
            var unreadable = false
            for file in files {
                do {
                    try JSONLinesReader.checkReadable(file)
                    // Loaded and placed on the MDL exactly as `run`, `simulate`, `map` and
                    // `serve` load it, with the same limits: what passes here passes there.
                    let d = try ScenarioFile.loadAndResolve(file: file).document
                    let individuals = d.actors.reduce(0) { $0 + $1.individuals }
                    print(
                        "ok \(file): \(d.id), \(d.actors.count) actors (\(individuals) individuals), start \(d.start), \(d.duration)"
                    )
                } catch let error as InputError {
                    if error.kind == .data { failed = true } else { unreadable = true }
                    FileHandle.standardError.write(Data((error.description + "\n").utf8))
                } catch let error as ScenarioLoadError {
                    failed = true
                    for issue in error.issues {
                        FileHandle.standardError.write(Data((issue.description + "\n").utf8))
                    }
                } catch {
                    failed = true
                    FileHandle.standardError.write(Data("\(file): \(error)\n".utf8))
                }
            }
            if unreadable { throw ExitCode(ExitStatus.missingInput) }
            if failed { throw ExitCode(ExitStatus.badInput) }
        }
    }
}
