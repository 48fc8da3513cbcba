extension DetectionRecord {
    /// Parses one detections line with `FlatJSONScanner`: the same fields and rules as the
    /// `Codable` form, about ten times faster. Also returns the optional extension field `size`
    /// (apparent thermal size, metres), which the tracker's classifier uses when present.
    /// - Throws: `InputError` naming the file, line, column and field.
    public static func parse(_ line: JSONLine, file: String) throws(InputError) -> (DetectionRecord, size: Double?) {
        if let error = line.overLimitError(file: file) { throw error }
        return try line.bytes.withUnsafeBufferPointer { (buffer) throws(InputError) in
            var s = FlatJSONScanner(buffer)
            var t: Double?, x: Double?, y: Double?, sensor: String?, cov: Covariance2?
            var kind: SensorKind?, range: Double?, bearing: Double?, snr: Double?, zone: String?, size: Double?
            var field = ""
            do {
                try s.expect(0x7B, "'{' (one JSON object a line)")
                if !s.consume(0x7D) {
                    repeat {
                        let k = try s.key()
                        field = String(decoding: UnsafeBufferPointer(rebasing: buffer[k]), as: UTF8.self)
                        if s.equals(k, "t") { t = try s.number() }
                        else if s.equals(k, "x") { x = try s.number() }
                        else if s.equals(k, "y") { y = try s.number() }
                        else if s.equals(k, "sensor") { sensor = try s.string() }
                        else if s.equals(k, "cov") { cov = try parseCovariance(&s) }
                        else if s.equals(k, "kind") {
                            if !s.null() {
                                let text = try s.string()
                                guard let value = SensorKind(rawValue: text) else {
                                    throw InputError(
                                        file: file, line: line.number, field: "kind", reason: "unknown sensor kind '\(InputError.excerpt(text))'",
                                        hint: "use one of thermal, radar, fence, camera")
                                }
                                kind = value
                            }
                        }
                        else if s.equals(k, "range") { range = s.null() ? nil : try s.number() }
                        else if s.equals(k, "bearing") { bearing = s.null() ? nil : try s.number() }
                        else if s.equals(k, "snr") { snr = s.null() ? nil : try s.number() }
                        else if s.equals(k, "zone") { zone = s.null() ? nil : try s.string() }
                        else if s.equals(k, "size") { size = s.null() ? nil : try s.number() }
                        else { try s.skipValue() }
                        field = ""
                    } while s.consume(0x2C)
                    try s.expect(0x7D, "',' or '}'")
                }
                guard s.atEnd() else { throw FlatJSONScanner.Failure(column: s.index + 1, reason: "text after the object") }
            } catch let failure as FlatJSONScanner.Failure {
                throw InputError(file: file, line: line.number, column: failure.column, field: field.isEmpty ? nil : field, reason: failure.reason)
            } catch let error as InputError {
                throw error
            } catch {
                throw InputError(file: file, line: line.number, reason: "\(error)")
            }
            func missing(_ f: String) -> InputError {
                InputError(file: file, line: line.number, field: f, reason: "required field is missing")
            }
            guard let t else { throw missing("t") }
            guard let sensor else { throw missing("sensor") }
            guard let x else { throw missing("x") }
            guard let y else { throw missing("y") }
            guard let cov else { throw missing("cov") }
            let record = DetectionRecord(
                t: t, sensor: sensor, x: x, y: y, cov: cov, kind: kind, range: range, bearing: bearing, snr: snr, zone: zone,
                size: size)
            if let problem = record.problem {
                throw InputError(file: file, line: line.number, field: problem.field, reason: problem.reason)
            }
            return (record, size)
        }
    }

    /// `[[xx, xy], [yx, yy]]`, symmetrised.
    static func parseCovariance(_ s: inout FlatJSONScanner) throws(FlatJSONScanner.Failure) -> Covariance2 {
        try s.expect(0x5B, "'[' starting [[xx, xy], [xy, yy]]")
        try s.expect(0x5B, "'[' starting the first row")
        let xx = try s.number()
        try s.expect(0x2C, "','")
        let xy = try s.number()
        try s.expect(0x5D, "']' (a 2×2 matrix)")
        try s.expect(0x2C, "','")
        try s.expect(0x5B, "'[' starting the second row")
        let yx = try s.number()
        try s.expect(0x2C, "','")
        let yy = try s.number()
        try s.expect(0x5D, "']' (a 2×2 matrix)")
        try s.expect(0x5D, "']' (a 2×2 matrix)")
        return Covariance2(xx: xx, xy: 0.5 * (xy + yx), yy: yy)
    }
}
