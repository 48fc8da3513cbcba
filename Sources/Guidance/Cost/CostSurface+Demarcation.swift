public import Border
import GuidepostCore

extension CostSurface {
    /// Makes every cell whose centre is not south of the MDL's southern candidate line
    /// impassable (τ = +inf, cost +inf, no exposure), so no route planned on this surface has a
    /// point north of it: a ROK guidance team never plans north of the MDL (issue 19; an
    /// armistice violation in life). The person's own surface is left open: a defector comes
    /// from the north.
    ///
    /// The line is the band's southern candidate (`DemarcationBand.southern(at:)`, the one
    /// "crossed" is judged against); a cell on it counts as north.
    /// - Complexity: O(rows × (1 + columns · cellSize / distance to the line)): along a row the
    ///   signed margin `m = d − southern(s)` changes by at most ``marginSlope`` per metre, so
    ///   cells certainly on the same side as one evaluated are skipped without projecting them
    ///   onto the MDL frame.
    public mutating func closeNorth(of band: DemarcationBand) {
        let w = window
        let cs = w.cellSize
        for r in 0..<w.rows {
            var c = 0
            while c < w.columns {
                let m = Self.margin(of: w.centre(row: r, column: c), band: band)
                let north = !(m < 0)  // NaN (no frame) counts as north: closed, never open
                // Cells ahead certainly on the same side: |m| shrinks by at most marginSlope·cs a cell.
                var run = 1
                if m.isFinite {
                    let ahead = (abs(m) - Self.marginGuard) / (Self.marginSlope * cs)
                    if ahead >= 1 { run = Int(Swift.min(ahead.rounded(.down), Double(w.columns - c))) }
                }
                if north {
                    for k in c..<(c + run) { close(GridCell(row: r, col: k)) }
                }
                c += run
            }
        }
    }

    /// `d − southern(s)` at `p`: negative south of the southern candidate line.
    static func margin(of p: Point, band: DemarcationBand) -> Double {
        let a = band.line.alongBorder(p)
        return a.d - band.southern(at: a.s)
    }

    /// Bound on how fast `d − southern(s)` changes along a straight path, per metre: `d` is
    /// 1-Lipschitz in the mitred frame, and the southern offset moves a few centimetres per
    /// metre of `s` (3 km noise lattice, ±15 m shift, 10–60 m separation); 1.5 leaves room for
    /// `s` running faster than the path inside a bend.
    static let marginSlope = 1.5
    /// Metres of margin never skipped over: a cell this close to the line is always evaluated.
    static let marginGuard = 30.0

    private mutating func close(_ cell: GridCell) {
        let i = cell.row * window.columns + cell.col
        secondsPerMetre[i] = .infinity
        exposedPerMetre[i] = 0
        grid[cell] = .infinity
    }
}
