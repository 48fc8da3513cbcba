public import GuidepostCore

/// The apparent height of a target as an imaging sensor's video analytics measure it (domain.md
/// §3.1: DAPA's upgrade adds AI video analytics with person/animal classification to the GOP's
/// thermal and camera systems): the vertical extent of the target's blob in the picture, in
/// metres at the measured range.
///
/// The true value is the actor's posture height (`ActorProfile.height`, the same one line of
/// sight uses: 1.7 m walking, 0.4 m crawling, 0.3 m swimming, 0.8–1.0 m for boar and deer). The
/// blob's two edges are each found to about half a pixel, so the error grows with the pixel's
/// footprint β·r at range r, on top of a floor σ₀ for posture and segmentation (a man stooping,
/// a deer raising its head):
///
///     h_obs = max(β·r, h + ε),  ε ~ N(0, σ(r)²),  σ(r) = √(σ₀² + (β·r)²)
///
/// and never less than one pixel's footprint. β is the angular size of one pixel: a TOD's 640-px
/// detector over its 12° scan field of view (docs/simulation.md) gives 0.33 mrad; a fence camera's
/// 1,920 px over a ~33° field, 0.3 mrad. σ₀ = 0.15 m. All assumptions (docs/simulation.md): a
/// man at 1 km from a TOD is measured to ±0.36 m, at 3 km to ±1.0 m.
/// Radar and fence sensors measure no height.
public struct ApparentHeightModel: Hashable, Sendable {
    /// Angular size of one pixel, radians, of a TOD and of a camera.
    public var thermalPixel = 0.33e-3
    public var cameraPixel = 0.3e-3
    /// Error floor (1σ), metres: posture and segmentation.
    public var floorSigma = 0.15

    public init() {}

    /// The pixel's angular size for a sensor kind; nil for sensors that measure no height.
    public func pixel(_ kind: SensorKind) -> Double? {
        switch kind {
        case .thermal: thermalPixel
        case .camera: cameraPixel
        case .radar, .fence: nil
        }
    }

    /// σ(r) = √(σ₀² + (β·r)²), metres; nil for sensors that measure no height.
    public func sigma(range r: Double, kind: SensorKind) -> Double? {
        guard let beta = pixel(kind) else { return nil }
        let footprint = beta * r
        return (floorSigma * floorSigma + footprint * footprint).squareRoot()
    }

    /// A measured apparent height of a target `height` m tall at range `r`, rounded to the
    /// centimetre; nil for sensors that measure no height.
    public func measure(height: Double, range r: Double, kind: SensorKind, using rng: inout SeededGenerator) -> Double? {
        guard let beta = pixel(kind), let s = sigma(range: r, kind: kind) else { return nil }
        let h = max(beta * r, height + rng.normal(mean: 0, sigma: s))
        return (h * 100).rounded() / 100
    }
}
