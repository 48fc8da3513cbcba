import GuidepostCore
import RealModule
import Testing
import Tracking

/// The EKF on range and bearing against the linear Kalman filter on the converted position
/// (the position and first-order covariance the simulator writes), on the same detections.
struct PolarFormTests {
    /// Root-mean-square position error of each form for a walker 300–700 m from a sensor whose
    /// range noise is 10 % of the range and bearing noise 0.3° (the simulator's cameras).
    static func errors(seed: UInt64, tangential: Bool) -> (ekf: Double, converted: Double) {
        var rng = SeededGenerator(seed: seed)
        let sensor = origin
        let heading = tangential ? Double.pi / 2 : 0.0
        let velocity = Vector2(1.3 * Double.sin(heading), 1.3 * Double.cos(heading))
        var truth = sensor + Vector2(-60, 450)
        let predictor = KalmanPredictor(transitionModel: ConstantVelocity(noiseDiffusion: 0.02))
        let updater = KalmanUpdater()
        let initiator = SinglePointInitiator<GaussianState>(speedSigma: 3)
        var ekf: GaussianState?, converted: GaussianState?
        var sum = (ekf: 0.0, converted: 0.0), n = 0.0
        for k in 0..<60 {
            let t = 2.0 * Double(k)
            if k > 0 { truth = truth + velocity * 2 }
            let exact = RangeBearing(from: sensor, to: truth)
            let sr = 0.1 * exact.range, sb = 0.3 * radiansPerDegree
            let z = RangeBearing(range: exact.range + rng.normal() * sr, bearing: exact.bearing + rng.normal() * sb)
            let covariance = z.positionCovariance(rangeSigma: sr, bearingSigma: sb)
            let noise = z.noise(of: covariance)
            let xy = Detection(time: t, position: z.position(from: sensor), covariance: covariance)
            var rb = xy
            rb.measurement = .rangeBearing(
                RangeBearingMeasurementModel(
                    sensor: z.origin(of: xy.position), range: z.range, bearing: z.bearing, rangeSigma: noise.rangeSigma,
                    bearingSigma: noise.bearingSigma))
            func step(_ s: GaussianState?, _ d: Detection) -> GaussianState {
                guard let s else { return initiator.initiate(from: d) }
                let p = predictor.predict(s, to: t)
                return updater.update(p, with: d, prediction: updater.predictMeasurement(p, for: d))
            }
            ekf = step(ekf, rb)
            converted = step(converted, xy)
            if k >= 10, let e = ekf, let c = converted {
                sum.ekf += e.position.distance(to: truth) * e.position.distance(to: truth)
                sum.converted += c.position.distance(to: truth) * c.position.distance(to: truth)
                n += 1
            }
        }
        return ((sum.ekf / n).squareRoot(), (sum.converted / n).squareRoot())
    }

    @Test(arguments: [false, true])
    func ekfLocalisesAsWellAsTheConvertedPosition(tangential: Bool) {
        var ekf = 0.0, converted = 0.0
        for seed in UInt64(1)...UInt64(30) {
            let e = Self.errors(seed: seed, tangential: tangential)
            ekf += e.ekf
            converted += e.converted
        }
        // Over 30 seeds (1…30) the EKF is at least as good: it linearises at the estimate, where the
        // converted covariance is built at the noisy measured range (measured: 4–6 % better).
        #expect(ekf <= converted, "EKF \(ekf / 30) m, converted \(converted / 30) m")
    }
}
