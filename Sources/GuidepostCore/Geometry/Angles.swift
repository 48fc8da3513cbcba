/// Degrees in one radian.
public let degreesPerRadian = 180.0 / Double.pi

/// Radians in one degree.
public let radiansPerDegree = Double.pi / 180.0
