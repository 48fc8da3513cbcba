import Casework
import Testing

@Suite struct CaseworkSmokeTests {
    @Test func aNewCaseStartsInCustody() {
        #expect(CaseTransition.find(from: .custody, event: .questioningStarted)?.to == .state(.militaryQuestioning))
    }
}
