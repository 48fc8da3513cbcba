/// A window of the border as planes of numbers, one value per cell, row-major, row 0 north:
/// what the planner's cost model and the map read.
public struct BorderRaster: Sendable {
    /// The window the planes cover.
    public let window: RasterWindow
    /// Ground height, metres.
    public var elevation: [Float]
    /// Vegetation density, 0…1.
    public var vegetation: [Float]
    /// Mines per m².
    public var mineDensity: [Float]
    /// Walking speed factor 0…1 (0 impassable).
    public var passability: [Float]
    /// `LayerFlags` raw values.
    public var flags: [UInt16]

    init(window: RasterWindow) {
        self.window = window
        let n = window.cellCount
        elevation = [Float](repeating: 0, count: n)
        vegetation = elevation
        mineDensity = elevation
        passability = elevation
        flags = [UInt16](repeating: 0, count: n)
    }

    /// Flat index of (row, column).
    @inline(__always)
    public func index(row: Int, column: Int) -> Int {
        precondition(row >= 0 && row < window.rows && column >= 0 && column < window.columns, "cell (\(row), \(column)) is outside the raster")
        return row * window.columns + column
    }

    /// The flags of a cell.
    public func flags(row: Int, column: Int) -> LayerFlags { LayerFlags(rawValue: flags[index(row: row, column: column)]) }
}
