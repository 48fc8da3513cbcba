public import GuidepostCore
import Foundation

/// Foraging movement of an animal: speed and heading follow Ornstein–Uhlenbeck processes, so
/// paths are smooth and wander, with a pull back towards a home point that keeps an animal in
/// its range (a home range of a few km², as for wild boar and water deer).
///
/// Per step dt: θ ← θ + σ_θ √dt ξ₁ + κ · (bearing to home − θ) · dt · max(0, |p − home| / R − 1),
/// v ← v + (v̄ − v)·dt/τ + σ_v √dt ξ₂ (clamped to [0, v_max]); p ← p + v (sin θ, cos θ) dt.
public struct CorrelatedRandomWalk: Hashable, Sendable {
    public var home: Point
    /// Home-range radius, metres; beyond it the pull grows.
    public var homeRadius: Double
    public var meanSpeed: Double
    public var maxSpeed: Double
    /// Heading diffusion, rad/√s.
    public var headingNoise: Double = 0.08
    /// Speed relaxation time, s, and speed diffusion, (m/s)/√s.
    public var speedRelaxation: Double = 30
    public var speedNoise: Double = 0.05
    /// Home pull gain, 1/s.
    public var homePull: Double = 0.02

    public private(set) var position: Point
    public private(set) var heading: Double
    public private(set) var speed: Double

    public init(home: Point, homeRadius: Double, meanSpeed: Double, maxSpeed: Double, start: Point, heading: Double) {
        self.home = home
        self.homeRadius = homeRadius
        self.meanSpeed = meanSpeed
        self.maxSpeed = maxSpeed
        self.position = start
        self.heading = heading
        self.speed = meanSpeed
    }

    /// The current velocity, m/s.
    public var velocity: Vector2 { Vector2(sin(heading), cos(heading)) * speed }

    /// Advances by `dt` seconds; `activity` in 0…1 scales the mean speed (0 = resting).
    public mutating func step(dt: Double, activity: Double, using rng: inout SeededGenerator) {
        let sq = dt.squareRoot()
        let toHome = home - position
        let distance = toHome.length
        if distance > homeRadius {
            let target = atan2(toHome.x, toHome.y)
            var diff = target - heading
            diff = atan2(sin(diff), cos(diff))
            heading += homePull * diff * dt * min(4, distance / homeRadius - 1)
        }
        heading += headingNoise * sq * rng.normal()
        let goal = meanSpeed * activity
        speed += (goal - speed) * dt / speedRelaxation + speedNoise * sq * rng.normal() * (activity > 0 ? 1 : 0.1)
        speed = min(max(speed, 0), maxSpeed)
        if activity == 0 { speed *= 0.5 }
        position = position + velocity * dt
    }

    /// Moves the walker to `p` (used when terrain refuses a step, e.g. the fence or deep water).
    public mutating func reject(to p: Point) {
        position = p
        heading += Double.pi * 0.5
    }
}
