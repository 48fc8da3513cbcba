import Foundation
public import GuidepostCore

/// What an operator can tell from a camera or TOD slewed to an alert (issue 21): the Johnson
/// criteria with the target transfer probability function, not an oracle.
///
/// The number of resolvable cycles across the target's critical dimension `d_c` at range `r` is
/// `N = k · q · d_c / (2 · r · IFOV)`: one cycle is two pixels, `IFOV` the instantaneous field of view
/// of the sensor at its narrowest zoom (`LookOptics`), `k` the loss to light and weather and `q`
/// the look's quality (1 modelled; 0.5 for "half as good"). The probability of a task is the
/// target transfer probability function
/// `P(N) = (N/N₅₀)^E / (1 + (N/N₅₀)^E)`, `E = 2.7 + 0.7 · N/N₅₀`,
/// with Johnson's 50 % cycle counts: detection 1.0, recognition (a person, an animal or a
/// vehicle) 4.0, identification (an armed soldier from a civilian) 6.4.
///
/// The conditions factor `k` is the ratio of the sensor's own detection half range under the
/// conditions to its half range at the reference (a thermal imager's clear night, a camera's
/// clear day) for the same target (`ThermalDetectionModel`, `CameraDetectionModel`): light,
/// fog and rain cut the resolvable cycles of every task in the proportion they cut detection
/// range, the assumption under which Johnson's ratios 1 : 4 : 6.4 hold across conditions.
/// Parameters and sources: docs/simulation.md, "The look".
public struct LookModel: Hashable, Sendable {
    /// How good the look is: `perfect` is the old oracle (the true class whenever the view reaches
    /// the target); `modelled` draws from the Johnson criteria with the cycles scaled by `quality`.
    public enum Fidelity: Hashable, Sendable {
        case perfect
        case modelled(quality: Double)

        /// The modelled look as specified (quality 1).
        public static let modelled = Fidelity.modelled(quality: 1)
        /// The modelled look with half the cycles on every target (the sensitivity table's "half as good").
        public static let half = Fidelity.modelled(quality: 0.5)
    }

    /// The resolution of one kind of imager at the zoom an operator uses to look.
    public struct LookOptics: Hashable, Sendable {
        /// Horizontal pixels of the picture.
        public var pixels: Double
        /// Horizontal field of view at the narrowest zoom, degrees.
        public var fieldOfViewDegrees: Double

        public init(pixels: Double, fieldOfViewDegrees: Double) {
            self.pixels = pixels
            self.fieldOfViewDegrees = fieldOfViewDegrees
        }

        /// Instantaneous field of view of one pixel, radians.
        public var ifov: Double { fieldOfViewDegrees * .pi / 180 / pixels }
    }

    /// The three probabilities of one look at one target.
    public struct Chances: Hashable, Sendable {
        /// Cycles across the target's critical dimension.
        public var cycles: Double
        public var detect: Double
        public var recognise: Double
        public var identify: Double
    }

    public var fidelity: Fidelity
    /// A long-range cooled thermal imager of the TOD class on ROK guard posts (TAS-815K class):
    /// 640 pixels over a 2° narrow field (IFOV 55 µrad). An assumption of the class; docs/simulation.md.
    public var thermal = LookOptics(pixels: 640, fieldOfViewDegrees: 2)
    /// A fence PTZ day/low-light camera zoomed to the alarm: 1,920 pixels over 6° (IFOV 55 µrad).
    public var camera = LookOptics(pixels: 1920, fieldOfViewDegrees: 6)
    /// Johnson's N₅₀, cycles: detection, recognition, identification (Johnson 1958).
    public var detectCycles = 1.0
    public var recogniseCycles = 4.0
    public var identifyCycles = 6.4
    /// Of looks that detect a target but do not recognise it, the share the operator names
    /// anyway rather than saying "cannot tell" (an assumption: docs/simulation.md). The operator
    /// knows a guess for one (the view is `.unsure`): below the recognition threshold the image
    /// does not resolve the shape, and an operator trained on the TOD knows when it does not.
    public var guessShare = 0.5
    /// Of those guesses, the share that says "animal": warm shapes in the DMZ at night are
    /// animals far more often than people (thousands of animals, a few people a year).
    public var guessAnimal = 0.8

    public init(fidelity: Fidelity = .modelled) { self.fidelity = fidelity }

    /// The target transfer probability function at `n` cycles for a task of `n50` cycles.
    public static func transfer(cycles n: Double, n50: Double) -> Double {
        guard n > 0, n50 > 0 else { return 0 }
        let ratio = n / n50
        let e = 2.7 + 0.7 * ratio
        let x = pow(ratio, e)
        return x.isFinite ? x / (1 + x) : 1
    }

    /// Cycles across a target of critical dimension `size` metres at `range` metres, seen through
    /// `optics` with conditions factor `k` (0…1).
    public func cycles(size: Double, range: Double, optics: LookOptics, conditions k: Double) -> Double {
        let quality: Double
        switch fidelity {
        case .perfect: quality = 1
        case .modelled(let q): quality = q
        }
        return max(0, k) * quality * size / (2 * max(range, 1) * optics.ifov)
    }

    /// Cycles across a target of `profile` at range `r` on a sensor of `kind` under `conditions`:
    /// the critical dimension is the square root of the area the sensor sees (thermal area for
    /// a TOD, visible area for a camera); the conditions factor is the sensor's detection half
    /// range now over its half range at the reference (clear night for a TOD, clear day for a
    /// camera), from the same detection models the simulator's sensors use.
    public func cycles(
        _ kind: SensorKind, range r: Double, profile: ActorProfile, conditions: Conditions,
        thermal: ThermalDetectionModel = ThermalDetectionModel(), camera: CameraDetectionModel = CameraDetectionModel()
    ) -> Double {
        switch kind {
        case .thermal:
            let area = max(profile.thermalArea, 0)
            let reference = thermal.halfRange(area: area, conditions: Conditions(light: .night, weather: .clear))
            let k = reference > 0 ? thermal.halfRange(area: area, conditions: conditions) / reference : 0
            return cycles(size: area.squareRoot(), range: r, optics: self.thermal, conditions: k)
        default:
            let reference = camera.halfRange(conditions: Conditions(light: .day, weather: .clear))
            let k = reference > 0 ? camera.halfRange(conditions: conditions) / reference : 0
            return cycles(size: max(profile.visibleArea, 0).squareRoot(), range: r, optics: self.camera, conditions: k)
        }
    }

    /// The chances of each task at `cycles`.
    public func chances(cycles n: Double) -> Chances {
        Chances(
            cycles: n, detect: Self.transfer(cycles: n, n50: detectCycles),
            recognise: Self.transfer(cycles: n, n50: recogniseCycles), identify: Self.transfer(cycles: n, n50: identifyCycles))
    }
}
