import Border
import GuidepostCore
import TestSupport
import Testing

struct DemarcationBandTests {
    let model = Fixtures.standard

    @Test func candidatesAreTensOfMetresApart() {
        let band = model.band
        for k in 0...1000 {
            let s = model.line.length * Double(k) / 1000
            let gap = band.northern(at: s) - band.southern(at: s)
            #expect(DemarcationBand.separationRange.contains(gap), "gap \(gap) at s=\(s)")
        }
    }

    @Test func crossedIsJudgedOnTheSouthernCandidate() {
        let band = model.band
        withEverySeed(0..<10) { seed, rng in
            let s = rng.uniform() * model.line.length
            let south = band.southern(at: s)
            let north = band.northern(at: s)
            let p = { (d: Double) in model.line.point(AlongBorderCoordinate(s: s, d: d)) }
            let inside = p((south + north) / 2)
            #expect(!band.isSouthOfBand(inside), "seed \(seed): between the candidates is not yet crossed")
            #expect(!band.isSouthOfBand(p(south + 0.05)))
            #expect(band.isSouthOfBand(p(south - 0.05)), "seed \(seed): just south of the southern line has crossed")
            #expect(band.isNorthOfBand(p(north + 0.05)))
            // South of the northern candidate (one line crossed) but not of the southern: not crossed.
            #expect(!band.crossedSouthward(from: p(north + 100), to: p(north - 0.05)))
            #expect(band.crossedSouthward(from: p(north + 100), to: p(south - 0.05)))
            let flags = model.sample(at: inside).flags
            #expect(flags.contains(.mdlBand) && !flags.contains(.southOfMDL))
        }
    }
}
