public import GuidepostCore

/// A scenario placed on an MDL frame: every position is an EPSG:5179 point (`.planar`), the
/// window is an s-range and a d-range, and times can be read as seconds since the start.
public struct ResolvedScenario: Hashable, Sendable {
    /// The document with every `Position` replaced by `.planar(point)`.
    public var document: ScenarioDocument
    /// Metres along the MDL covered, clamped to the frame.
    public var s: ClosedRange<Double>
    /// Metres either side of the MDL covered, north positive.
    public var d: ClosedRange<Double>
    /// The file it came from.
    public var file: String
    /// Where each field was written, so later checks (e.g. terrain overrides) can name the line.
    public var sourceMap: SourceMap

    /// Seconds after the start of a time written in the scenario.
    public func seconds(_ t: TimeReference) -> Double { t.seconds(since: document.start) }
}

extension LoadedScenario {
    /// Places the scenario on `frame`, reporting every position that falls off the MDL with its
    /// line, a window centred off the MDL (beyond either end, or far from it: Jeju), and a window
    /// larger than `limits.maxWindowArea`.
    public func resolve(in frame: any AlongBorderFrame, limits: ScenarioLimits = .default) throws(ScenarioLoadError)
        -> ResolvedScenario
    {
        let resolver = PositionResolver(frame: frame)
        var issues: [InputError] = []
        var resolved = document
        resolved.visitPositions { position, path in
            do throws(PositionResolver.Failure) {
                position = .planar(try resolver.point(position))
            } catch {
                let location = sourceMap.location(of: path)
                issues.append(
                    InputError(
                        file: file, line: location?.line, column: location?.column, field: path, reason: error.reason,
                        hint: error.hint))
            }
        }
        var sRange = 0...frame.length
        switch document.window.extent {
        case .whole: break
        case .sector(let sector):
            let a = resolver.s(nearest: sector.bounds.west), b = resolver.s(nearest: sector.bounds.east)
            sRange = min(a, b)...max(a, b)
        case .sRange(let r):
            if r.lowerBound < 0 || r.upperBound > frame.length {
                let location = sourceMap.location(of: "window.s")
                issues.append(
                    InputError(
                        file: file, line: location?.line, column: location?.column, field: "window.s",
                        reason:
                            "the range \(r.lowerBound)...\(r.upperBound) m runs off the MDL (0...\(frame.length.rounded()) m)"
                    ))
            } else {
                sRange = r
            }
        case .centred(let p, let length):
            if let centre = resolved.window.centrePoint {
                let c = frame.alongBorder(centre)
                let off = ScenarioRanges.offMDL
                if c.s >= 0, c.s <= frame.length, off.contains(c.d), c.s.isFinite {
                    sRange = max(0, c.s - length / 2)...min(frame.length, c.s + length / 2)
                } else {
                    let location = sourceMap.location(of: "window.centre")
                    let s = PhysicalRange.number(c.s.rounded()), d = PhysicalRange.number(c.d.rounded())
                    issues.append(
                        InputError(
                            file: file, line: location?.line, column: location?.column, field: "window.centre",
                            reason:
                                "the centre lies at s = \(s) m, d = \(d) m: off the MDL (s from 0 to \(PhysicalRange.number(frame.length.rounded())) m, d within \(off))",
                            hint: "centre the window on the MDL, e.g. {near: PLACE} or {s: S}"))
                }
            } else {
                _ = p  // already reported by the position pass
            }
        }
        let area = (sRange.upperBound - sRange.lowerBound) * (document.window.d.upperBound - document.window.d.lowerBound)
        if area > limits.maxWindowArea {
            let location = sourceMap.location(of: "window")
            issues.append(
                InputError(
                    file: file, line: location?.line, column: location?.column, field: "window",
                    reason:
                        "the window covers \(PhysicalRange.number((area / 1e6).rounded())) km², over the limit of \(PhysicalRange.number((limits.maxWindowArea / 1e6).rounded())) km²",
                    hint: "narrow 'd' or the stretch of MDL, or " + ScenarioLimits.Variable.maxWindowArea.hint))
        }
        guard issues.isEmpty else { throw ScenarioLoadError(issues: issues) }
        return ResolvedScenario(document: resolved, s: sRange, d: document.window.d, file: file, sourceMap: sourceMap)
    }
}

extension Window {
    /// The centre point of a centred window, once resolved.
    var centrePoint: Point? {
        if case .centred(let p, _) = extent { return p.planarPoint }
        return nil
    }
}
