public import GuidepostCore

/// Something a caller draws over a map: a labelled polyline (an actor's planned path, a route)
/// or a labelled point. Border draws it without knowing what it is.
public struct MapOverlay: Sendable {
    public enum Shape: Sendable {
        case path([Point])
        case point(Point)
    }

    public var shape: Shape
    public var label: String
    /// Any SVG colour ("#d62728", "purple").
    public var colour: String

    public init(path: [Point], label: String, colour: String = "#d81b60") {
        shape = .path(path)
        self.label = label
        self.colour = colour
    }

    public init(point: Point, label: String, colour: String = "#d81b60") {
        shape = .point(point)
        self.label = label
        self.colour = colour
    }
}
