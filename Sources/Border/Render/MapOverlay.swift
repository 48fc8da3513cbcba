public import GuidepostCore

/// Something a caller draws over a map: a labelled polyline (an actor's planned path, a route)
/// or a labelled point. Border draws it without knowing what it is.
public struct MapOverlay: Sendable {
    /// What is drawn.
    public enum Shape: Sendable {
        case path([Point])
        case point(Point)
    }

    /// The geometry, EPSG:5179 metres.
    public var shape: Shape
    /// Text shown beside it.
    public var label: String
    /// Any SVG colour ("#d62728", "purple").
    public var colour: String

    /// A labelled polyline (start dot, end cross).
    public init(path: [Point], label: String, colour: String = "#d81b60") {
        shape = .path(path)
        self.label = label
        self.colour = colour
    }

    /// A labelled point.
    public init(point: Point, label: String, colour: String = "#d81b60") {
        shape = .point(point)
        self.label = label
        self.colour = colour
    }
}
