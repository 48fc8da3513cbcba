import Foundation
import GuidepostCore
import Testing

/// A camera view travels as one word (logs, looks.jsonl, the console): every view, the guesses
/// included, comes back as itself, and a word that names no view is refused with the list.
@Suite struct CameraViewWordTests {
    static let all: [CameraView] =
        TargetClass.allCases.flatMap { [CameraView.shows($0), .unsure($0)] } + [.cannotTell, .kpaParty, .nothing, .uncovered]

    @Test func everyViewRoundTripsThroughItsWordAndJSON() throws {
        for view in Self.all {
            #expect(CameraView(word: view.word) == view, "\(view.word)")
            let data = try JSONEncoder().encode([view])
            #expect(try JSONDecoder().decode([CameraView].self, from: data) == [view])
        }
        #expect(Set(Self.all.map(\.word)).count == Self.all.count, "two views share a word")
        #expect(CameraView.unsure(.human).word == "unsure-human")
    }

    @Test func onlyCannotTellAndGuessesAreInDoubt() {
        for view in Self.all {
            let doubt: Bool = if case .unsure = view { true } else { view == .cannotTell }
            #expect(view.isInconclusive == doubt, "\(view.word)")
        }
    }

    @Test func aWordThatNamesNoViewIsRefused() {
        for word in ["unsure-", "unsure-deer", "maybe", "", "Human"] { #expect(CameraView(word: word) == nil, "\(word)") }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CameraView].self, from: Data(#"["unsure-deer"]"#.utf8)) }
    }
}
