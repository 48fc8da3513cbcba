import GuidepostCore
import Operations
import Testing

/// `IncidentJoining`: one person re-alerted after a gap is one incident; two people far apart
/// are two.
@Suite struct IncidentJoiningTests {
    let joining = IncidentJoining()

    @Test func reachGrowsWithTheGapAndIsCapped() {
        #expect(joining.reach(after: 0) == 600)
        #expect(joining.reach(after: 200) == 900)
        #expect(joining.reach(after: 10_000) == 2000)
        #expect(joining.reach(after: -5) == 600)
    }

    /// The 2019 Imjin pattern: a person floating south at 1.1 m/s, alerted at 0 s and then on
    /// fresh tracks every few minutes, each alert further than 600 m from where the incident
    /// opened. With the reach, every later alert joins the incident; with the old fixed 600 m
    /// around the opening point the fourth would have opened a second one.
    @Test func onePersonAlertedAgainAfterGapsIsOneIncident() {
        let speed = 1.1
        func at(_ t: Double) -> Point { Point(x: 0, y: -speed * t) }
        // The incident's person was last seen at 60 s (its track died), then alerts come at
        // 300, 500 and 700 s on new tracks of new chains.
        let person = IncidentJoining.Person(lastPosition: at(60), lastSeen: 60, chains: [1])
        for (t, chain) in [(300.0, 2), (500, 3), (700, 4)] {
            #expect(joining.join(at: at(t), time: t, chains: [chain], people: [person]) == 0, "alert at \(t) s")
        }
        #expect(at(700).distance(to: at(0)) > 600)
        // Unseen past `within`: a new incident.
        #expect(joining.join(at: at(1900), time: 1900, chains: [5], people: [person]) == nil)
    }

    @Test func twoPeopleFarApartAreTwoIncidents() {
        // Person A tracked now at the origin; person B alerted 1.5 km east at the same time.
        let a = IncidentJoining.Person(lastPosition: Point(x: 0, y: 0), lastSeen: 1000, chains: [1])
        #expect(joining.join(at: Point(x: 1500, y: 0), time: 1000, chains: [2], people: [a]) == nil)
        // …and 30 s later B's next alert still does not join A (A was seen 30 s ago: reach 645 m).
        #expect(joining.join(at: Point(x: 1500, y: -20), time: 1030, chains: [2], people: [a]) == nil)
        // Beyond the cap, however long A has been unseen.
        let unseen = IncidentJoining.Person(lastPosition: Point(x: 0, y: 0), lastSeen: 0, chains: [1])
        #expect(joining.join(at: Point(x: 2100, y: 0), time: 1700, chains: [2], people: [unseen]) == nil)
    }

    @Test func aChainTheIncidentFollowsJoinsWhereverItIs() {
        let a = IncidentJoining.Person(lastPosition: Point(x: 0, y: 0), lastSeen: 1000, chains: [1, 7])
        let b = IncidentJoining.Person(lastPosition: Point(x: 3000, y: 0), lastSeen: 1000, chains: [2])
        #expect(joining.join(at: Point(x: 2900, y: 0), time: 1010, chains: [7], people: [a, b]) == 0)
        #expect(joining.join(at: Point(x: 2900, y: 0), time: 1010, chains: [9], people: [a, b]) == 1)
    }
}
