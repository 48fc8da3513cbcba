import GuidepostCore

/// Converts positions written as text in one coordinate system to text in another: the logic of
/// `guidepost coords`, kept apart from the command so it can be tested directly.
///
/// Every position must lie in the Korean theatre (lon 124–132°E, lat 33–43.5°N), where
/// EPSG:5179 and the MDL are defined. An MGRS reference stands for its square's south-west
/// corner, as in GEOTRANS; MGRS to MGRS only truncates (it never invents digits).
struct CoordinateConverter: Sendable {
    let from: CoordinateSystem
    let to: CoordinateSystem
    /// The MDL frame, needed when either side is `sd`.
    let frame: (any AlongBorderFrame)?
    /// Precision of MGRS output.
    let mgrsPrecision: MGRSPrecision

    init(
        from: CoordinateSystem, to: CoordinateSystem, frame: (any AlongBorderFrame)? = nil,
        mgrsPrecision: MGRSPrecision = .metre
    ) {
        precondition(frame != nil || (from != .sd && to != .sd), "(s, d) conversion needs an along-border frame")
        self.from = from
        self.to = to
        self.frame = frame
        self.mgrsPrecision = mgrsPrecision
    }

    /// Converts one position. A failure names `source`, `line`, the field and what is wrong.
    func convert(_ text: String, source: String, line: Int) -> Result<String, InputError> {
        // A byte-order mark (files saved by some editors) is not part of the position.
        let text = text.first == "\u{FEFF}" ? String(text.dropFirst()) : text
        do throws(InputError) {
            if from == .mgrs, to == .mgrs {
                return .success(try readMGRS(text).truncated(to: mgrsPrecision).formatted())
            }
            return .success(try write(try read(text)))
        } catch {
            var located = error
            located.file = source
            located.line = line
            return .failure(located)
        }
    }

    /// Converts every input in order, sending each result to `output` and each failure to `report`.
    /// - Returns: the number of inputs that failed.
    func convertAll(
        _ inputs: some Sequence<(source: String, line: Int, text: String)>, output: (String) -> Void,
        report: (InputError) -> Void
    ) -> Int {
        var failures = 0
        var nextLine = 1
        for input in inputs {
            // Output line n answers input line n: a blank input line (skipped by the reader)
            // and a bad one each leave an empty line, so the output lines up with the input.
            while nextLine < input.line {
                output("")
                nextLine += 1
            }
            nextLine = input.line + 1
            switch convert(input.text, source: input.source, line: input.line) {
            case .success(let text): output(text)
            case .failure(let error):
                failures += 1
                report(error)
                output("")
            }
        }
        return failures
    }

    // MARK: - Reading

    /// A position both ways: geographic and EPSG:5179.
    private struct Position {
        let geo: GeoCoordinate
        let planar: Point
    }

    private func read(_ text: String) throws(InputError) -> Position {
        switch from {
        case .mgrs:
            let geo = try readMGRS(text).southWestCorner
            return Position(geo: geo, planar: TransverseMercator.epsg5179.forward(geo))
        case .wgs84:
            let (lon, lat) = try readPair(text)
            let geo = GeoCoordinate(longitude: lon, latitude: lat)
            guard geo.isInKoreanTheatre else {
                let swapped = GeoCoordinate(longitude: lat, latitude: lon).isInKoreanTheatre
                throw error(
                    field: "lon,lat", reason: "\(lon), \(lat) is outside Korea (lon 124–132°E, lat 33–43.5°N)",
                    hint: swapped ? "this looks like lat,lon: give the longitude first" : nil)
            }
            return Position(geo: geo, planar: TransverseMercator.epsg5179.forward(geo))
        case .epsg5179:
            let (x, y) = try readPair(text)
            return try inTheatre(Point(x: x, y: y), field: "x,y", hint: "x is the easting, y the northing, in metres")
        case .sd:
            let (s, d) = try readPair(text)
            guard let frame else { preconditionFailure("init requires a frame when either side is sd") }
            guard (0...frame.length).contains(s) else {
                throw error(field: "s", reason: "s = \(s) m is beyond the MDL, which runs from 0 to \(frame.length) m")
            }
            return try inTheatre(frame.point(AlongBorderCoordinate(s: s, d: d)), field: "s,d", hint: nil)
        }
    }

    private func readMGRS(_ text: String) throws(InputError) -> MGRS {
        let m: MGRS
        do throws(MGRSError) {
            m = try MGRS(parsing: text)
        } catch {
            throw self.error(field: "mgrs", reason: error.reason, hint: error.hint)
        }
        guard m.southWestCorner.isInKoreanTheatre else {
            throw error(field: "mgrs", reason: "\(m) is outside Korea (lon 124–132°E, lat 33–43.5°N)")
        }
        return m
    }

    /// Two finite numbers separated by a comma and/or blanks.
    private func readPair(_ text: String) throws(InputError) -> (Double, Double) {
        let (first, second) = from.fieldNames
        let fields = text.split(whereSeparator: { $0 == "," || $0.isWhitespace })
        guard fields.count == 2 else {
            throw error(
                field: nil, reason: "expected 2 numbers (\(first),\(second)), found \(fields.count) fields",
                hint: "write it like \(from.example)")
        }
        var values: [Double] = []
        for (name, field) in zip([first, second], fields) {
            guard let v = Double(field) else { throw error(field: name, reason: "'\(InputError.excerpt(field))' is not a number") }
            guard v.isFinite else { throw error(field: name, reason: "\(field) is not a finite number") }
            values.append(v)
        }
        return (values[0], values[1])
    }

    private func inTheatre(_ p: Point, field: String, hint: String?) throws(InputError) -> Position {
        let geo = TransverseMercator.epsg5179.inverse(p)
        guard geo.isInKoreanTheatre else {
            throw error(
                field: field,
                reason: "maps to \(fixed(geo.longitude, 6)), \(fixed(geo.latitude, 6)), outside Korea "
                    + "(lon 124–132°E, lat 33–43.5°N)", hint: hint)
        }
        return Position(geo: geo, planar: p)
    }

    // MARK: - Writing

    private func write(_ p: Position) throws(InputError) -> String {
        switch to {
        case .wgs84: return "\(fixed(p.geo.longitude, 9)),\(fixed(p.geo.latitude, 9))"
        case .epsg5179: return "\(fixed(p.planar.x, 3)),\(fixed(p.planar.y, 3))"
        case .mgrs:
            do throws(MGRSError) {
                return try MGRS(p.geo, precision: mgrsPrecision).formatted()
            } catch {
                throw self.error(field: "mgrs", reason: error.reason, hint: error.hint)
            }
        case .sd:
            guard let frame else { preconditionFailure("init requires a frame when either side is sd") }
            let c = frame.alongBorder(p.planar)
            return "\(fixed(c.s, 3)),\(fixed(c.d, 3))"
        }
    }

    private func error(field: String?, reason: String, hint: String? = nil) -> InputError {
        InputError(file: "", field: field, reason: reason, hint: hint)
    }
}
