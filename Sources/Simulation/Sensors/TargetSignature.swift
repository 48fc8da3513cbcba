public import GuidepostCore

/// What a sensor can perceive of an actor at one moment, independent of where the sensor is.
public struct TargetSignature: Hashable, Sendable {
    /// Warm area presented to a thermal imager, m² (standing adult ≈ 0.85; a head in water ≈ 0.1;
    /// wild boar ≈ 0.5; water deer ≈ 0.45; jeep ≈ 6).
    public var thermalArea: Double
    /// Radar cross-section, m² (person ≈ 1; boar ≈ 0.5; vehicle ≈ 10).
    public var radarCrossSection: Double
    /// Velocity in the planar frame, m/s.
    public var velocity: Vector2

    public init(thermalArea: Double, radarCrossSection: Double, velocity: Vector2 = .zero) {
        self.thermalArea = thermalArea
        self.radarCrossSection = radarCrossSection
        self.velocity = velocity
    }
}
