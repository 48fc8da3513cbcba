import GuidepostCore
import Testing
import Tracking

/// The stop-and-go IMM's mode probabilities follow a walk–stop–walk track.
struct StopGoIMMTests {
    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func modeProbabilitiesFollowWalkStopWalk(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let predictor = StopGoIMMPredictor(
            moving: ConstantVelocity(noiseDiffusion: 0.05), stopped: NearStationary(), meanMovingTime: 300,
            meanStoppedTime: 300)
        let updater = StopGoIMMUpdater()
        var state = StopGoState(
            initial: GaussianState(mean: SIMD4(origin.x, 0, origin.y, 0), covariance: .diagonal(25, 4, 25, 4), time: 0))
        var truth = origin
        var stopMeans: [Double] = [0, 0, 0]
        for k in 1...300 {
            let phase = k <= 100 ? 0 : k <= 200 ? 1 : 2
            if phase != 1 { truth = truth + Vector2(1.3, 0.2) }
            let z = Point(x: truth.x + 3 * rng.normal(), y: truth.y + 3 * rng.normal())
            let d = Detection(time: Double(k), position: z, covariance: .isotropic(sigma: 3))
            state = predictor.predict(state, to: Double(k))
            state = updater.update(state, with: d, prediction: updater.predictMeasurement(state, for: d))
            // Average μ_stop over the settled part of each phase (skip its first 30 s).
            let local = k - 100 * phase
            if local > 30 { stopMeans[phase] += state.modeProbabilities[1] / 70 }
        }
        #expect(stopMeans[0] < 0.2, "walking, seed \(seed): mean μ_stop \(stopMeans[0])")
        #expect(stopMeans[1] > 0.8, "stopped, seed \(seed): mean μ_stop \(stopMeans[1])")
        #expect(stopMeans[2] < 0.2, "walking again, seed \(seed): mean μ_stop \(stopMeans[2])")
        #expect(abs(state.modeProbabilities.sum() - 1) < 1e-12)
    }
}
