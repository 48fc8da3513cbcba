public import Border
public import Operations
public import Scenario

extension PublicFacts {
    /// A scenario's public facts: its place (front and sector, from the middle of its window),
    /// its start, and the public description of the person crossing. Every run of the scenario,
    /// and `guidepost alerts` over its tracks, reports with these.
    public init(of scenario: ResolvedScenario, border: BorderModel) {
        let s = (scenario.s.lowerBound + scenario.s.upperBound) / 2
        // The JCS speaks of western, central and eastern fronts; split the 248 km line at
        // about 85 and 170 km (Yeoncheon/Cheorwon, Hwacheon/Yanggu) — an approximation.
        let front = s < 85_000 ? "western front" : s < 170_000 ? "central front" : "eastern front"
        let person = scenario.document.actors.first { $0.kind == .person }
        let subject =
            switch person?.status {
            case .soldier?: "a North Korean soldier"
            case .civilian?: "a North Korean civilian"
            default: "a person"
            }
        self.init(
            scenario: scenario.document.id, start: scenario.document.start.description, front: front,
            sector: border.sector(at: s)?.name ?? "the sector", subject: subject)
    }
}
