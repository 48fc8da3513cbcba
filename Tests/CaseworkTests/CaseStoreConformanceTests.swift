import Casework
import GuidepostCore
import TestSupport
import Testing

/// The case store conformance suite on the in-memory adapter.
@Suite struct CaseStoreConformanceTests {
    @Test func inMemoryStorePassesTheSuite() async {
        let failures = await CaseStoreConformance.failures(of: InMemoryCaseStore())
        #expect(failures.isEmpty, "\(failures)")
    }
}
