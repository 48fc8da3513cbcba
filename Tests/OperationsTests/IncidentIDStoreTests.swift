import GuidepostCore
import Operations
import Testing

/// Issue 19: an incident's id names its report files, so a store refuses an event whose
/// incident id is not a plain name — whatever file it was imported from.
@Suite struct IncidentIDStoreTests {
    @Test(arguments: ["../../escaped", "I-1/../../x", "I-1\nforged", ".I-1", "nul\u{0}"])
    func anEventWithAPathLikeIncidentIdIsRefused(_ id: String) async {
        let event = OperationsEvent(run: "r", seq: 1, t: 0, incident: IncidentID(id), kind: .incidentOpened)
        #expect(event.problem?.hasPrefix("incident id ") == true, "\(String(describing: event.problem))")
        let store = InMemoryEventLog()
        await #expect(throws: StoreError.self) { try await store.append([event]) }
    }

    @Test func anOrdinaryIncidentIdIsStored() async throws {
        let store = InMemoryEventLog()
        let event = OperationsEvent(run: "r", seq: 1, t: 0, incident: "I-1", kind: .incidentOpened)
        #expect(event.problem == nil)
        #expect(try await store.append([event]) == 1)
    }
}
