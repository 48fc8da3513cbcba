import GuidepostCore
import Testing
import Tracking

/// Kalman predict and update against closed-form values computed here.
struct KalmanTests {
    @Test func predictMatchesClosedForm() {
        let q = 0.3, dt = 2.0, p = 4.0, v = 1.5
        let prior = GaussianState(
            mean: SIMD4(origin.x, 1.2, origin.y, -0.7), covariance: .diagonal(p, v, p, v), time: 10)
        let predicted = KalmanPredictor(transitionModel: ConstantVelocity(noiseDiffusion: q)).predict(prior, to: 12)
        #expect(predicted.mean == SIMD4(origin.x + 1.2 * dt, 1.2, origin.y - 0.7 * dt, -0.7))
        // P⁻ = F P Fᵀ + Q per axis: [[p + v dt² + q dt³/3, v dt + q dt²/2], [·, v + q dt]].
        #expect(abs(predicted.covariance[0, 0] - (p + v * dt * dt + q * dt * dt * dt / 3)) < 1e-12)
        #expect(abs(predicted.covariance[0, 1] - (v * dt + q * dt * dt / 2)) < 1e-12)
        #expect(abs(predicted.covariance[1, 1] - (v + q * dt)) < 1e-12)
        #expect(abs(predicted.covariance[2, 2] - (p + v * dt * dt + q * dt * dt * dt / 3)) < 1e-12)
        #expect(predicted.covariance[0, 2] == 0)
        #expect(predicted.time == 12)
    }

    @Test func updateMatchesScalarGain() {
        // Diagonal P and R, H selects x and y: K = p / (p + r) on position, and velocity is
        // corrected through the position–velocity covariance c: Kᵥ = c / (p + r).
        let p = 9.0, c = 2.0, v = 4.0, r = 1.0
        let cov = Matrix4(SIMD4(p, c, 0, 0), SIMD4(c, v, 0, 0), SIMD4(0, 0, p, c), SIMD4(0, 0, c, v))
        let prior = GaussianState(mean: SIMD4(origin.x, 1, origin.y, 0), covariance: cov, time: 0)
        let detection = Detection(time: 0, position: origin + Vector2(3, -2), covariance: .isotropic(sigma: r.squareRoot()))
        let updater = KalmanUpdater()
        let posterior = updater.update(prior, with: detection, prediction: updater.predictMeasurement(prior, for: detection))
        let k = p / (p + r), kv = c / (p + r)
        #expect(abs(posterior.mean[0] - (origin.x + k * 3)) < 1e-9)
        #expect(abs(posterior.mean[2] - (origin.y - k * 2)) < 1e-9)
        #expect(abs(posterior.mean[1] - (1 + kv * 3)) < 1e-12)
        #expect(abs(posterior.covariance[0, 0] - (1 - k) * p) < 1e-12)
        #expect(abs(posterior.covariance[1, 1] - (v - c * c / (p + r))) < 1e-12)
        #expect(abs(posterior.covariance[0, 1] - (c - k * c)) < 1e-12)
    }

    @Test func rangeBearingUpdateAgreesWithPositionUpdateWhenNoiseMatches() {
        // A target due north of the sensor: range noise maps to y, bearing noise (× range) to x.
        let sensor = origin
        let range = 1000.0, sr = 5.0, sb = 0.005
        let truth = sensor + Vector2(0, range)
        let prior = GaussianState(
            mean: SIMD4(truth.x + 4, 0, truth.y - 3, 0), covariance: .diagonal(100, 1, 100, 1), time: 0)
        let rb = Detection(
            time: 0, position: truth, covariance: .isotropic(sigma: 5),
            measurement: .rangeBearing(
                RangeBearingMeasurementModel(sensor: sensor, range: range, bearing: 0, rangeSigma: sr, bearingSigma: sb)))
        let xy = Detection(time: 0, position: truth, covariance: Covariance2(xx: (range * sb) * (range * sb), yy: sr * sr))
        let u = KalmanUpdater()
        let a = u.update(prior, with: rb, prediction: u.predictMeasurement(prior, for: rb))
        let b = u.update(prior, with: xy, prediction: u.predictMeasurement(prior, for: xy))
        // The EKF linearisation error at 5 m off a 1 km range is below a centimetre.
        #expect(abs(a.mean[0] - b.mean[0]) < 0.05)
        #expect(abs(a.mean[2] - b.mean[2]) < 0.05)
    }

    @Test func fenceSegmentNoiseIsElongatedAlongTheFence() {
        let model = FenceSegmentMeasurementModel(start: origin, end: origin + Vector2(300, 400), acrossSigma: 2)
        let r = model.noise
        // Along the unit direction (0.6, 0.8): L²/12 with L = 500; across: σ⊥².
        let along = 0.36 * r.xx + 2 * 0.48 * r.xy + 0.64 * r.yy
        let across = 0.64 * r.xx - 2 * 0.48 * r.xy + 0.36 * r.yy
        #expect(abs(along - 500.0 * 500 / 12) < 1e-6)
        #expect(abs(across - 4) < 1e-6)
    }
}
