import Border
import GuidepostCore
import Operations
import Pipeline
import Tracking
import Testing

/// `SectorPartition` on the standard border (issue 20): every point goes to exactly one sector,
/// the one whose stretch of the MDL holds its along-border `s`, and points beyond the line's ends
/// go to the end sectors; `SectorFeed` passes each sector exactly its share of a scan.
@Suite struct SectorPartitionTests {
    /// The standard border (the bundled MDL, its six sectors), as the border tests build it.
    static let border: BorderModel = {
        do { return try BorderModel(seed: 7) } catch { fatalError("standard border: \(error)") }
    }()

    static func point(s: Double, d: Double) -> Point { border.line.point(AlongBorderCoordinate(s: s, d: d)) }

    @Test func theStandardBorderHasContiguousSectorsCoveringTheLine() throws {
        let sectors = Self.border.sectors
        #expect(sectors.count == 6)
        #expect(try #require(sectors.first).s.lowerBound == 0)
        #expect(try #require(sectors.last).s.upperBound == Self.border.line.length)
        for (west, east) in zip(sectors, sectors.dropFirst()) {
            #expect(west.s.upperBound == east.s.lowerBound, "\(west.id) and \(east.id) meet")
            #expect(west.s.upperBound > west.s.lowerBound, "\(west.id) has a length")
        }
    }

    @Test func eachSectorsMidpointBelongsToThatSector() {
        let partition = SectorPartition(border: Self.border)
        for sector in Self.border.sectors {
            let middle = (sector.s.lowerBound + sector.s.upperBound) / 2
            for d in [0.0, 1500, -1500] {
                let p = Self.point(s: middle, d: d)
                #expect(partition.sector(of: p) == sector.id, "\(sector.id)'s middle at d = \(d)")
            }
        }
    }

    @Test func pointsBeyondTheLinesEndsBelongToTheEndSectors() throws {
        let partition = SectorPartition(border: Self.border)
        let first = try #require(Self.border.sectors.first).id
        let last = try #require(Self.border.sectors.last).id
        let length = Self.border.line.length
        for d in [0.0, 1500, -1500] {
            for beyond in [100.0, 3000, 20_000] {
                let west = Self.point(s: -beyond, d: d)
                let east = Self.point(s: length + beyond, d: d)
                #expect(Self.border.line.alongBorder(west).s < 0, "really beyond the western end")
                #expect(Self.border.line.alongBorder(east).s > length, "really beyond the eastern end")
                #expect(partition.sector(of: west) == first, "\(beyond) m west of the line's end, d = \(d)")
                #expect(partition.sector(of: east) == last, "\(beyond) m east of the line's end, d = \(d)")
            }
        }
    }

    /// With an apron, a sector is fed its own stretch and `apron` metres of each neighbour's:
    /// 1.5 km across a boundary both sides see a point, 2.5 km across only its own; the end
    /// sectors reach on beyond the line's ends; and the stretches are open there.
    @Test func anApronFeedsBothSidesOfABoundaryAndNoFurther() throws {
        let partition = SectorPartition(border: Self.border)
        let sectors = Self.border.sectors
        for (west, east) in zip(sectors, sectors.dropFirst()) {
            let boundary = west.s.upperBound
            let inEast = Self.point(s: boundary + 1500, d: -300), deepEast = Self.point(s: boundary + 2500, d: -300)
            #expect(partition.feeds(west.id, inEast, apron: 2000), "\(west.id) sees 1.5 km into \(east.id)")
            #expect(partition.feeds(east.id, inEast, apron: 2000))
            #expect(!partition.feeds(west.id, deepEast, apron: 2000), "\(west.id) does not see 2.5 km into \(east.id)")
            #expect(partition.stretch(of: west.id)?.upperBound == boundary)
            #expect(partition.stretch(of: east.id)?.lowerBound == boundary)
        }
        let first = try #require(sectors.first), last = try #require(sectors.last)
        #expect(partition.feeds(first.id, Self.point(s: -20_000, d: 0), apron: 2000))
        #expect(partition.feeds(last.id, Self.point(s: Self.border.line.length + 20_000, d: 0), apron: 2000))
        #expect(partition.stretch(of: first.id)?.lowerBound == -.infinity)
        #expect(partition.stretch(of: last.id)?.upperBound == .infinity)
        #expect(partition.stretch(of: SectorID("nowhere")) == nil)
    }

    /// A few hundred random points in the DMZ (|d| ≤ 2 km): exactly one sector claims each, and
    /// it is the sector whose range of `s` holds the point's along-border `s`.
    @Test func everyPointInTheDMZBelongsToExactlyTheSectorHoldingItsS() {
        let border = Self.border
        let partition = SectorPartition(border: border)
        var rng = SeededGenerator(seed: 20)
        var seen: Set<SectorID> = []
        for k in 0..<400 {
            let s = rng.uniform() * border.line.length
            let d = (2 * rng.uniform() - 1) * BorderModel.dmzHalfWidth
            let p = Self.point(s: s, d: d)
            let along = border.line.alongBorder(p).s
            let claiming = border.sectors.filter { partition.sector(of: p) == $0.id }
            #expect(claiming.count == 1, "point \(k) at s = \(s), d = \(d) is claimed by \(claiming.map(\.id))")
            // (Near a bent end of the line a point of the band can lie just beyond it: the end sector's.)
            let holding =
                along < 0 ? Array(border.sectors.prefix(1))
                : along > border.line.length ? Array(border.sectors.suffix(1)) : border.sectors.filter { $0.s.contains(along) }
            #expect(holding.count == 1, "point \(k): s = \(along) lies in \(holding.map(\.id))")
            #expect(claiming.first?.id == holding.first?.id, "point \(k) at s = \(along)")
            if let id = claiming.first?.id { seen.insert(id) }
        }
        #expect(seen == Set(border.sectors.map(\.id)), "the points fall in every sector")
    }

    /// A base feed giving the same scans to every reader (each sector's feed reads its own copy).
    final class ScriptedFeed: WatchFeed {
        var scans: [FieldScan]
        var commands: [FieldCommand] = []
        init(_ scans: [FieldScan]) { self.scans = scans }
        func nextScan(isolation: isolated (any Actor)?) async -> FieldScan? { scans.isEmpty ? nil : scans.removeFirst() }
        func carryOut(_ command: FieldCommand) { commands.append(command) }
        var health: FeedHealth { FeedHealth() }
    }

    @Test func eachSectorFeedKeepsExactlyItsOwnDetectionsWithTheirKinds() async {
        let border = Self.border
        let partition = SectorPartition(border: border)
        var rng = SeededGenerator(seed: 21)
        let kinds = SensorKind.allCases
        let scans = (0..<5).map { k in
            let detections = (0..<40).map { _ in
                Detection(
                    time: Double(k), position: Self.point(s: rng.uniform() * border.line.length, d: (2 * rng.uniform() - 1) * 2000),
                    covariance: Covariance2(xx: 25, yy: 25))
            }
            let team = Self.point(s: 50_000, d: -2500)
            return FieldScan(
                t: Double(k), detections: detections, kinds: detections.indices.map { kinds[$0 % kinds.count] }, friendlies: [team],
                teams: ["team-1": team])
        }
        var kept: [(sector: SectorID, detection: Detection, kind: SensorKind)] = []
        for sector in border.sectors {
            let feed = SectorFeed(ScriptedFeed(scans), sector: sector.id, partition: partition)
            var count = 0
            var n = 0
            while let scan = await feed.nextScan() {
                #expect(scan.t == Double(n))
                #expect(scan.detections.count == scan.kinds.count)
                #expect(scan.friendlies == scans[n].friendlies && scan.teams == scans[n].teams, "blue force passes to every sector")
                for (d, kind) in zip(scan.detections, scan.kinds) {
                    #expect(partition.sector(of: d.position) == sector.id)
                    kept.append((sector.id, d, kind))
                }
                count += scan.detections.count
                n += 1
            }
            #expect(n == scans.count, "every scan passes, empty or not")
            #expect(feed.health.scans == scans.count && feed.health.detections == count)
        }
        // Together the sectors keep every detection once, with its own kind.
        let all = scans.flatMap { zip($0.detections, $0.kinds).map { ($0, $1) } }
        #expect(kept.count == all.count)
        for (d, kind) in all {
            let matches = kept.filter { $0.detection == d }
            #expect(matches.count == 1)
            #expect(matches.first?.kind == kind)
        }
    }
}
