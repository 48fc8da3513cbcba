import Foundation
import GuidepostCore

extension BorderModel {
    /// The footprint radius a raster of this cell size samples with: half the cell diagonal,
    /// so a linear feature marks every cell it passes through.
    public static func footprint(cellSize: Double) -> Double { cellSize * 0.5 * 2.0.squareRoot() }

    /// Every layer of `window`, one `sample(at: centre, footprint:)` per cell; rows are split
    /// across the machine's cores (the result does not depend on how).
    /// - Complexity: O(rows × columns), each an O(1) expected point query.
    public func rasterise(_ window: RasterWindow) -> BorderRaster {
        var raster = BorderRaster(window: window)
        let cols = window.columns
        let rows = window.rows
        let fp = Self.footprint(cellSize: window.cellSize)
        let chunk = 16
        let chunks = (rows + chunk - 1) / chunk
        raster.elevation.withUnsafeMutableBufferPointer { ez in
            raster.vegetation.withUnsafeMutableBufferPointer { ev in
                raster.mineDensity.withUnsafeMutableBufferPointer { em in
                    raster.passability.withUnsafeMutableBufferPointer { ep in
                        raster.flags.withUnsafeMutableBufferPointer { ef in
                            let planes = Planes(z: ez, v: ev, m: em, p: ep, f: ef)
                            DispatchQueue.concurrentPerform(iterations: chunks) { k in
                                for r in (k * chunk)..<Swift.min(rows, (k + 1) * chunk) {
                                    for c in 0..<cols {
                                        let s = sample(at: window.centre(row: r, column: c), footprint: fp)
                                        planes.store(s, at: r * cols + c)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return raster
    }
}

/// The raster's buffers, written by disjoint rows from concurrent workers.
private struct Planes: @unchecked Sendable {
    // Safety: each worker writes only the indices of its own rows; the buffers outlive the
    // concurrentPerform call, which returns only when every worker is done.
    let z: UnsafeMutableBufferPointer<Float>
    let v: UnsafeMutableBufferPointer<Float>
    let m: UnsafeMutableBufferPointer<Float>
    let p: UnsafeMutableBufferPointer<Float>
    let f: UnsafeMutableBufferPointer<UInt16>

    func store(_ s: LayerSample, at i: Int) {
        z[i] = Float(s.elevation)
        v[i] = Float(s.vegetation)
        m[i] = Float(s.mineDensity)
        p[i] = Float(s.passability)
        f[i] = s.flags.rawValue
    }
}
