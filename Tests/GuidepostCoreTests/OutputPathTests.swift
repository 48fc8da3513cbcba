import Foundation
import GuidepostCore
import Testing

/// Issue 19, paths from data: ids that name files are plain names, and every output path is
/// checked to stay directly in its folder.
@Suite struct OutputPathTests {
    @Test(arguments: ["2019-07-31-imjin-river-float", "I-1", "I-12-press-statement.md", "events.jsonl", "a_b.C9"])
    func plainNamesAreAccepted(_ name: String) throws {
        #expect(PlainName.problem(name) == nil)
        let folder = OutputFolder("/tmp/out")
        #expect(try folder.file(name) == "/tmp/out/" + name)
    }

    @Test(arguments: [
        "../x", "../../etc/passwd", "a/b", "/abs", "..", ".", ".hidden", "", "two\nlines", "cr\rhere", "nul\u{0}x",
        "back\\slash", "sp ace", "tab\there", String(repeating: "a", count: 129), "é",
    ])
    func anythingElseIsRefusedWithAReason(_ name: String) {
        #expect(PlainName.problem(name) != nil, "\(name.debugDescription) accepted")
        #expect(throws: InputError.self) { try OutputFolder("out").file(name) }
    }

    @Test func theMessageNamesTheFolderAndEscapesControlCharacters() throws {
        do {
            _ = try OutputFolder("reports").file("I-1\n../../x")
            Issue.record("accepted")
        } catch {
            #expect(error.file == "reports")
            #expect(error.reason.contains("line break"), "\(error)")
            #expect(!error.description.contains("\n"), "one line: \(error.description.debugDescription)")
        }
    }

    @Test func aFileInARelativeFolderStaysInIt() throws {
        #expect(try OutputFolder(".").file("run-x") == "./run-x")
        #expect(try OutputFolder("a/../b").folder("c").path == "a/../b/c")
    }
}
