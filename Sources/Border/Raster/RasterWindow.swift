public import GuidepostCore

/// A rectangular window of the border cut into square cells: `columns × rows` cells of
/// `cellSize` metres, row 0 along the northern edge (the cost-grid convention of DESIGN.md).
public struct RasterWindow: Hashable, Sendable {
    /// West edge, metres (EPSG:5179 easting).
    public let minX: Double
    /// North edge, metres (EPSG:5179 northing).
    public let maxY: Double
    /// Side of a cell, metres.
    public let cellSize: Double
    /// Cells west to east.
    public let columns: Int
    /// Cells north to south.
    public let rows: Int

    /// Most cells a window may have (a 20 km × 12.5 km window at 10 m).
    public static let maximumCells = 2_500_000

    /// A window covering `box` (rounded up to whole cells).
    /// - Throws: `BorderError.invalidWindow` for non-finite bounds, a non-positive or
    ///   non-finite cell size, an empty box, or more than `maximumCells` cells.
    public init(box: PlanarBox, cellSize: Double) throws(BorderError) {
        guard [box.minX, box.minY, box.maxX, box.maxY].allSatisfy(\.isFinite) else {
            throw .invalidWindow(field: "bounds", reason: "must be finite numbers (got \(box.minX), \(box.minY), \(box.maxX), \(box.maxY))")
        }
        guard cellSize.isFinite, cellSize > 0 else {
            throw .invalidWindow(field: "cellSize", reason: "must be a finite number of metres > 0 (got \(cellSize))")
        }
        guard box.width > 0, box.height > 0 else {
            throw .invalidWindow(field: "size", reason: "width and height must be > 0 (got \(box.width) × \(box.height) m)")
        }
        let c = (box.width / cellSize).rounded(.up)
        let r = (box.height / cellSize).rounded(.up)
        guard c * r <= Double(Self.maximumCells) else {
            throw .invalidWindow(field: "cellSize", reason: "\(Int(c)) × \(Int(r)) cells is more than \(Self.maximumCells); use a larger cell or a smaller window")
        }
        minX = box.minX
        maxY = box.maxY
        self.cellSize = cellSize
        columns = Int(c)
        rows = Int(r)
    }

    /// A window `width × height` metres centred on a geographic point.
    public init(centre: GeoCoordinate, width: Double, height: Double, cellSize: Double) throws(BorderError) {
        guard centre.isFinite else { throw .invalidWindow(field: "centre", reason: "longitude and latitude must be finite") }
        guard width.isFinite, height.isFinite else { throw .invalidWindow(field: "size", reason: "must be finite") }
        let c = TransverseMercator.epsg5179.forward(centre)
        try self.init(box: PlanarBox(minX: c.x - width / 2, minY: c.y - height / 2, maxX: c.x + width / 2, maxY: c.y + height / 2), cellSize: cellSize)
    }

    /// Number of cells.
    public var cellCount: Int { columns * rows }
    /// The area covered, metres (whole cells).
    public var box: PlanarBox {
        PlanarBox(minX: minX, minY: maxY - Double(rows) * cellSize, maxX: minX + Double(columns) * cellSize, maxY: maxY)
    }

    /// Centre of cell (row, column).
    @inline(__always)
    public func centre(row: Int, column: Int) -> Point {
        Point(x: minX + (Double(column) + 0.5) * cellSize, y: maxY - (Double(row) + 0.5) * cellSize)
    }

    /// The (row, column) of the cell holding `p`, or nil outside the window.
    public func cell(containing p: Point) -> (row: Int, column: Int)? {
        let c = ((p.x - minX) / cellSize).rounded(.down)
        let r = ((maxY - p.y) / cellSize).rounded(.down)
        guard c >= 0, r >= 0, c < Double(columns), r < Double(rows) else { return nil }
        return (Int(r), Int(c))
    }
}
