import Foundation
import GuidepostCore
import Yams

/// Reads scenario YAML into a checked `ScenarioDocument`.
///
/// Checks, each reported with file, line, column and field path: malformed YAML (Yams' mark),
/// unknown fields (every mapping key that no type asked for, with the nearest known key),
/// wrong types, missing fields, NaN and infinities, coordinates outside Korea, unknown words,
/// probabilities outside [0, 1], times out of order or outside the run, and references to
/// sensors, posts or actors that the file does not define; every number against its physical
/// range (`ScenarioRanges`), the run and its actors against `ScenarioLimits`, and the id as a
/// plain name (it names output folders).
public enum ScenarioLoader {
    /// Loads the file at `path`, checked against `limits`.
    public static func load(file path: String, limits: ScenarioLimits = .default) throws(ScenarioLoadError)
        -> LoadedScenario
    {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ScenarioLoadError(issues: [
                InputError(file: path, reason: "cannot read the file", hint: "check the path and that it is UTF-8 text")
            ])
        }
        return try load(yaml: text, file: path, limits: limits)
    }

    /// Loads YAML text; `file` names it in errors.
    public static func load(yaml: String, file: String, limits: ScenarioLimits = .default) throws(ScenarioLoadError)
        -> LoadedScenario
    {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw ScenarioLoadError(issues: [
                    InputError(file: file, line: 1, reason: "the file holds no YAML document")
                ])
            }
            root = node
        } catch let error as ScenarioLoadError {
            throw error
        } catch {
            throw ScenarioLoadError(issues: [yamlIssue(error, file: file, yamlText: yaml)])
        }
        let ledger = DecodingLedger()
        let document: ScenarioDocument
        do {
            document = try NodeDecoder(node: root, codingPath: [], ledger: ledger).decode(ScenarioDocument.self)
        } catch {
            throw ScenarioLoadError(issues: [decodingIssue(error, ledger: ledger, file: file)])
        }
        let map = SourceMap(
            locations: ledger.marks.mapValues { SourceMap.Location(line: $0.line, column: $0.column) })
        var issues = unknownFields(ledger, file: file)
        for problem in ScenarioValidator(document: document, limits: limits).problems() {
            let location = map.location(of: problem.field)
            issues.append(
                InputError(
                    file: file, line: location?.line, column: location?.column, field: problem.field,
                    reason: problem.reason, hint: problem.hint))
        }
        guard issues.isEmpty else { throw ScenarioLoadError(issues: issues) }
        return LoadedScenario(document: document, file: file, sourceMap: map)
    }

    static func yamlIssue(_ error: any Error, file: String, yamlText: String) -> InputError {
        guard let yaml = error as? YamlError else { return InputError(file: file, reason: "\(error)") }
        switch yaml {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let text = context.map { "\(problem) \($0.text)" } ?? problem
            return InputError(
                file: file, line: mark.line, column: mark.column, reason: "malformed YAML: \(text)",
                hint: "check indentation, colons and quotes on this line and the one before")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let (line, column) = secondOccurrence(of: duplicates.first ?? "", after: context.mark, in: yamlText)
            return InputError(
                file: file, line: line, column: column, field: duplicates.first,
                reason: "field given twice: \(duplicates.joined(separator: ", "))", hint: "keep one of them")
        case .reader(let problem, _, _, _):
            return InputError(file: file, reason: "unreadable YAML: \(problem)", hint: "save the file as UTF-8")
        default:
            return InputError(file: file, reason: "malformed YAML: \(yaml)")
        }
    }

    /// Where `key` is written a second time in the mapping whose first key Yams marked: the next
    /// line, at the same column, that starts with `key:`. Falls back to Yams' mark.
    static func secondOccurrence(of key: String, after mark: Mark, in text: String) -> (Int, Int) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let column = mark.column - 1
        // Yams counts lines its own way (a lone CR or U+2028 breaks a line for it, not for this
        // split), so its mark may lie past the last "\n" line: fall back rather than trap
        // (found by FuzzScenario).
        guard column >= 0, mark.line < lines.count else { return (mark.line, mark.column) }
        for index in mark.line..<lines.count {
            let line = Array(lines[index])
            guard line.count > column, line[..<column].allSatisfy({ $0 == " " || $0 == "-" }) else { continue }
            if String(line[column...]).hasPrefix(key + ":") { return (index + 1, mark.column) }
        }
        return (mark.line, mark.column)
    }

    static func decodingIssue(_ error: any Error, ledger: DecodingLedger, file: String) -> InputError {
        guard let error = error as? DecodingError else { return InputError(file: file, reason: "\(error)") }
        switch error {
        case .keyNotFound(let key, let context):
            let path = InputError.path(context.codingPath)
            // A required key that is missing next to an unknown one is most likely a typo of it.
            if let visit = ledger.visit(at: path) {
                for (k, v) in visit.mapping {
                    guard let name = k.string, !visit.askedFor.contains(name),
                        NearestWord.find(name, in: [key.stringValue]) != nil
                    else { continue }
                    let mark = k.mark ?? v.mark
                    return InputError(
                        file: file, line: mark?.line, column: mark?.column, field: join(path, name),
                        reason: "unknown field '\(name)'", hint: "did you mean '\(key.stringValue)'?")
                }
            }
            let mark = ledger.mark(nearest: path)
            return InputError(
                file: file, line: mark?.line, column: mark?.column, field: join(path, key.stringValue),
                reason: "required field is missing")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let path = InputError.path(context.codingPath)
            let mark = ledger.mark(nearest: path)
            var reason = context.debugDescription
            if reason.hasSuffix(".") { reason.removeLast() }
            return InputError(file: file, line: mark?.line, column: mark?.column, field: path, reason: reason)
        @unknown default:
            return InputError(file: file, reason: "\(error)")
        }
    }

    /// Keys of decoded mappings that no type asked for. Top-level keys starting `x-` are free, to
    /// hold YAML anchors (`x-gp: &gp {near: jsa, d: -800}`) that the rest of the file refers to.
    static func unknownFields(_ ledger: DecodingLedger, file: String) -> [InputError] {
        var issues: [InputError] = []
        for visit in ledger.visits {
            let known = visit.askedFor.sorted()
            for (k, v) in visit.mapping {
                guard let name = k.string, !visit.askedFor.contains(name) else { continue }
                if visit.path.isEmpty && name.hasPrefix("x-") { continue }
                let mark = k.mark ?? v.mark
                let hint =
                    NearestWord.find(name, in: known).map { "did you mean '\($0)'?" }
                    ?? "known fields here: \(known.joined(separator: ", "))"
                issues.append(
                    InputError(
                        file: file, line: mark?.line, column: mark?.column, field: join(visit.path, name),
                        reason: "unknown field '\(name)'", hint: hint))
            }
        }
        return issues
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
}
