import Border
import GuidepostCore
import TestSupport
import Testing

struct RasterTests {
    let model = Fixtures.standard

    func window(_ lon: Double, _ lat: Double, _ w: Double, _ h: Double, _ cell: Double) throws -> RasterWindow {
        try RasterWindow(centre: GeoCoordinate(longitude: lon, latitude: lat), width: w, height: h, cellSize: cell)
    }

    @Test func cellsAgreeWithPointQueries() throws {
        let w = try window(128.33, 38.60, 3000, 2000, 25)
        let r = model.rasterise(w)
        let fp = BorderModel.footprint(cellSize: w.cellSize)
        withEverySeed(0..<5) { seed, rng in
            for _ in 0..<100 {
                let row = Int(rng.uniform() * Double(w.rows))
                let col = Int(rng.uniform() * Double(w.columns))
                let s = model.sample(at: w.centre(row: row, column: col), footprint: fp)
                let i = r.index(row: row, column: col)
                #expect(r.elevation[i] == Float(s.elevation) && r.vegetation[i] == Float(s.vegetation), "seed \(seed) cell \(row),\(col)")
                #expect(r.mineDensity[i] == Float(s.mineDensity) && r.passability[i] == Float(s.passability))
                #expect(r.flags[i] == s.flags.rawValue)
            }
        }
    }

    @Test func windowBoundsAndOrientation() throws {
        let w = try RasterWindow(box: PlanarBox(minX: 1_000_000, minY: 2_000_000, maxX: 1_001_005, maxY: 2_000_500), cellSize: 10)
        #expect(w.columns == 101 && w.rows == 50)
        let nw = w.centre(row: 0, column: 0)
        #expect(nw.x == 1_000_005 && nw.y == 2_000_495, "row 0 is the northern edge")
        let cell = try #require(w.cell(containing: Point(x: 1_000_017, y: 2_000_481)))
        #expect(cell.row == 1 && cell.column == 1)
        #expect(w.cell(containing: Point(x: 999_999, y: 2_000_100)) == nil)
    }

    @Test func sameSeedSameRasterOtherSeedOtherRaster() throws {
        let w = try window(127.3, 38.3, 2000, 1500, 50)
        let a = try BorderModel(seed: 42).rasterise(w)
        let b = try BorderModel(seed: 42).rasterise(w)
        let c = try BorderModel(seed: 43).rasterise(w)
        #expect(a.elevation == b.elevation && a.vegetation == b.vegetation && a.flags == b.flags && a.mineDensity == b.mineDensity)
        #expect(a.elevation != c.elevation)
    }

    @Test func badWindowsAreRejectedWithTheField() {
        let box = PlanarBox(minX: 0, minY: 0, maxX: 1000, maxY: 1000)
        #expect(throws: BorderError.self) { try RasterWindow(box: box, cellSize: 0) }
        #expect(throws: BorderError.self) { try RasterWindow(box: box, cellSize: -5) }
        #expect(throws: BorderError.self) { try RasterWindow(box: box, cellSize: .nan) }
        #expect(throws: BorderError.self) { try RasterWindow(box: PlanarBox(minX: .nan, minY: 0, maxX: 1, maxY: 1), cellSize: 1) }
        #expect(throws: BorderError.self) { try RasterWindow(box: PlanarBox(minX: 0, minY: 0, maxX: 0, maxY: 1), cellSize: 1) }
        #expect(throws: BorderError.self) { try RasterWindow(box: PlanarBox(minX: 0, minY: 0, maxX: 100_000, maxY: 100_000), cellSize: 1) }
        do {
            _ = try RasterWindow(box: box, cellSize: .nan)
        } catch {
            #expect(error.description.contains("cellSize"))
        }
    }

    @Test func aFenceMarksEveryCellItCrossesSoNoDiagonalSlipsThrough() throws {
        // A fence along y = 3 (not on cell boundaries) in a 10 m raster: each column must have a fence cell,
        // and no two consecutive rows' passable cells touch diagonally across it.
        let fence = Fence(id: "f", kind: .rokGOP, line: PlanarPolyline([Point(x: -100, y: 3), Point(x: 1100, y: 103)]), halfWidth: 1)
        var o = BorderOverrides()
        o.fences = FeatureEdits(upserts: [fence])
        let world = try BorderModel(line: Fixtures.straightLine, seed: 1, layers: BorderLayers(), overrides: o)
        let w = try RasterWindow(box: PlanarBox(minX: 0, minY: -200, maxX: 1000, maxY: 300), cellSize: 10)
        let r = world.rasterise(w)
        for col in 0..<w.columns {
            let rows = (0..<w.rows).filter { r.flags(row: $0, column: col).contains(.fence) }
            #expect(!rows.isEmpty, "column \(col) has no fence cell")
            #expect(rows.allSatisfy { r.passability[r.index(row: $0, column: col)] == 0 })
            if col > 0 {
                let prev = (0..<w.rows).filter { r.flags(row: $0, column: col - 1).contains(.fence) }
                // Fence cells of neighbouring columns overlap or touch by a side, never only by a corner.
                #expect(rows.contains { row in prev.contains(row) }, "column \(col): fence broken diagonally")
            }
        }
    }
}
