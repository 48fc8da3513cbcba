/// Course and speed from a `<track>` detail: the direction of travel in degrees clockwise from
/// true north and the speed in metres per second.
public struct CoTTrack: Sendable, Hashable {
    /// Degrees clockwise from true north, 0…360.
    public var course: Double
    /// Metres per second.
    public var speed: Double

    /// A track.
    public init(course: Double, speed: Double) {
        self.course = course
        self.speed = speed
    }
}
