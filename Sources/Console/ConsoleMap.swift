/// The console's map: the project's own SVG of the watched window (Border's renderer), and
/// where planar metres fall on it, so the page draws tracks and routes over it. No tiles, no
/// internet at run time.
public struct ConsoleMap: Hashable, Sendable, Codable {
    /// The SVG document.
    public var svg: String
    /// Pixels of the map face's left and top edge in the SVG, pixels per metre, and the planar
    /// coordinates (EPSG:5179) of the face's left and top edge: x_px = left + (x − minX)·scale,
    /// y_px = top + (maxY − y)·scale.
    public var left: Double
    public var top: Double
    public var scale: Double
    public var minX: Double
    public var maxY: Double
    public var width: Double
    public var height: Double

    public init(svg: String, left: Double, top: Double, scale: Double, minX: Double, maxY: Double, width: Double, height: Double) {
        self.svg = svg
        self.left = left
        self.top = top
        self.scale = scale
        self.minX = minX
        self.maxY = maxY
        self.width = width
        self.height = height
    }

    enum CodingKeys: String, CodingKey { case left, top, scale, minX, maxY, width, height }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        svg = ""
        left = try c.decode(Double.self, forKey: .left)
        top = try c.decode(Double.self, forKey: .top)
        scale = try c.decode(Double.self, forKey: .scale)
        minX = try c.decode(Double.self, forKey: .minX)
        maxY = try c.decode(Double.self, forKey: .maxY)
        width = try c.decode(Double.self, forKey: .width)
        height = try c.decode(Double.self, forKey: .height)
    }
}
