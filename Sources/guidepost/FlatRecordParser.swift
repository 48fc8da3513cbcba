import GuidepostCore

/// Fast reading of the few fields `score-alerts` needs from truth and track lines (tens of
/// millions of them in a day of full-border run), with `FlatJSONScanner` instead of
/// `JSONDecoder`: the same rules (required fields, finite numbers), errors naming file, line,
/// column and field.
enum FlatRecordParser {
    /// The string and number fields of one flat JSON object, by the keys asked for; other keys
    /// are skipped.
    struct Fields {
        var strings: [String?]
        var numbers: [Double?]
    }

    static func parse(
        _ line: JSONLine, file: String, strings: [StaticString], numbers: [StaticString], optionalStrings: Int = 0
    ) throws(InputError) -> Fields {
        if let error = line.overLimitError(file: file) { throw error }
        return try line.bytes.withUnsafeBufferPointer { (buffer) throws(InputError) in
            var s = FlatJSONScanner(buffer)
            var out = Fields(strings: Array(repeating: nil, count: strings.count), numbers: Array(repeating: nil, count: numbers.count))
            var field = ""
            do {
                try s.expect(0x7B, "'{' (one JSON object a line)")
                if !s.consume(0x7D) {
                    repeat {
                        let k = try s.key()
                        field = String(decoding: UnsafeBufferPointer(rebasing: buffer[k]), as: UTF8.self)
                        if let i = strings.firstIndex(where: { s.equals(k, $0) }) {
                            out.strings[i] = s.null() ? nil : try s.string()
                        } else if let i = numbers.firstIndex(where: { s.equals(k, $0) }) {
                            out.numbers[i] = s.null() ? nil : try s.number()
                        } else {
                            try s.skipValue()
                        }
                        field = ""
                    } while s.consume(0x2C)
                    try s.expect(0x7D, "',' or '}'")
                }
                guard s.atEnd() else {
                    throw InputError(file: file, line: line.number, column: s.index + 1, reason: "text after the object")
                }
            } catch let failure as FlatJSONScanner.Failure {
                throw InputError(file: file, line: line.number, column: failure.column, field: field.isEmpty ? nil : field, reason: failure.reason)
            } catch let error as InputError {
                throw error
            } catch {
                throw InputError(file: file, line: line.number, reason: "\(error)")
            }
            // The last `optionalStrings` keys may be absent.
            for (i, key) in strings.enumerated().dropLast(optionalStrings) where out.strings[i] == nil {
                throw InputError(file: file, line: line.number, field: "\(key)", reason: "required field is missing")
            }
            for (i, key) in numbers.enumerated() {
                guard let v = out.numbers[i] else {
                    throw InputError(file: file, line: line.number, field: "\(key)", reason: "required field is missing")
                }
                guard v.isFinite else { throw InputError(file: file, line: line.number, field: "\(key)", reason: "must be a finite number") }
            }
            return out
        }
    }

    /// Refuses a time or position no record may have (`RecordTime`, `RecordSpace`).
    static func checkRanges(_ f: Fields, line: JSONLine, file: String) throws(InputError) {
        if let reason = RecordTime.problem(f.numbers[0] ?? 0) { throw InputError(file: file, line: line.number, field: "t", reason: reason) }
        if let reason = RecordSpace.coordinateProblem(f.numbers[1] ?? 0) { throw InputError(file: file, line: line.number, field: "x", reason: reason) }
        if let reason = RecordSpace.coordinateProblem(f.numbers[2] ?? 0) { throw InputError(file: file, line: line.number, field: "y", reason: reason) }
    }

    /// A truth line: t, id, x, y, kind, and role when it has one (our own units).
    static func truth(_ line: JSONLine, file: String) throws(InputError) -> TruthRecord {
        let f = try parse(line, file: file, strings: ["id", "kind", "role"], numbers: ["t", "x", "y"], optionalStrings: 1)
        try checkRanges(f, line: line, file: file)
        let kindText = f.strings[1] ?? ""
        guard let kind = TargetClass(rawValue: kindText) else {
            throw InputError(
                file: file, line: line.number, field: "kind", reason: "unknown kind '\(InputError.excerpt(kindText))'",
                hint: "use human, animal, vehicle or unknown")
        }
        var role: TruthRole?
        if let text = f.strings[2] {
            guard let r = TruthRole(rawValue: text) else {
                throw InputError(
                    file: file, line: line.number, field: "role", reason: "unknown role '\(InputError.excerpt(text))'",
                    hint: "use \(TruthRole.allCases.map(\.rawValue).joined(separator: ", ")), or leave it out for anything not ours")
            }
            role = r
        }
        return TruthRecord(t: f.numbers[0] ?? 0, id: f.strings[0] ?? "", x: f.numbers[1] ?? 0, y: f.numbers[2] ?? 0, kind: kind, role: role)
    }

    /// A track line's t, track id and position.
    static func track(_ line: JSONLine, file: String) throws(InputError) -> (t: Double, track: String, position: Point) {
        let f = try parse(line, file: file, strings: ["track"], numbers: ["t", "x", "y"])
        try checkRanges(f, line: line, file: file)
        return (f.numbers[0] ?? 0, f.strings[0] ?? "", Point(x: f.numbers[1] ?? 0, y: f.numbers[2] ?? 0))
    }
}
