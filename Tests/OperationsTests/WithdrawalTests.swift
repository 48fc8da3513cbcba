import GuidepostCore
import Operations
import Testing

/// `Withdrawal`: a person lost at the MDL heading north, or seen by a post turning back, has
/// gone back north; a person lost while coming south, or far from the report, has not.
@Suite struct WithdrawalTests {
    let rule = Withdrawal()
    let joining = IncidentJoining()

    @Test func lostHeadingNorthAtTheMDLIsGoneBack() {
        // The band's northern line at +17 m (2024-06-09). Last seen 18 m south of the MDL moving north at 0.43 m/s.
        #expect(rule.lostGoingBack(wasSouth: true, d: -18, dRate: 0.43, northern: 17))
        // North of the band, going north.
        #expect(rule.lostGoingBack(wasSouth: true, d: 60, dRate: 0.3, northern: 17))
        // Coming south, standing, or far south of the MDL: just lost.
        #expect(!rule.lostGoingBack(wasSouth: true, d: -18, dRate: -0.4, northern: 17))
        #expect(!rule.lostGoingBack(wasSouth: true, d: -18, dRate: 0.05, northern: 17))
        #expect(!rule.lostGoingBack(wasSouth: true, d: -900, dRate: 0.5, northern: 17))
        // Never in or south of the band: nothing to go back from.
        #expect(!rule.lostGoingBack(wasSouth: false, d: 40, dRate: 0.5, northern: 17))
    }

    @Test func aPostsReportOfATurnBackIsAboutThePersonWhoCouldBeThere() {
        let party = IncidentJoining.Person(lastPosition: Point(x: 0, y: -40), lastSeen: 3830)
        let walker = IncidentJoining.Person(lastPosition: Point(x: 5000, y: -1500), lastSeen: 4300)
        let people = [(person: walker, wasSouth: true), (person: party, wasSouth: true)]
        // 2024-06-09: the party turns back at 4380 s where it was last seen 550 s before.
        #expect(rule.turnedBack(at: Point(x: 10, y: -35), time: 4380, people: people, joining: joining) == 1)
        // A turn-back 3 km from everyone (a KPA patrol nobody alerted on) concerns no incident.
        #expect(rule.turnedBack(at: Point(x: -3000, y: 200), time: 4380, people: people, joining: joining) == nil)
        // A person never south of the band has not crossed back.
        #expect(rule.turnedBack(at: Point(x: 10, y: -35), time: 4380, people: [(person: party, wasSouth: false)], joining: joining) == nil)
        // Unseen longer than the joining window: no longer theirs.
        #expect(rule.turnedBack(at: Point(x: 10, y: -35), time: 3830 + 1801, people: [(person: party, wasSouth: true)], joining: joining) == nil)
    }
}
