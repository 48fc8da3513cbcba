import Foundation

/// Replaces identifying terms with "[withheld]" wherever the text spells them, whatever the
/// spelling: in any letter case, with the name's parts run together, hyphenated or spaced
/// (one space or several, any kind of space), in another Unicode normalisation (NFC or NFD,
/// full-width), with or without the diacritics of a romanisation (Jŏng / Jong). How text is
/// folded for this is `RedactionKey`.
///
/// Every term is matched on the original text and overlapping matches are merged before
/// anything is replaced, so a full name and its parts never leave a fragment of one another
/// behind, and "[withheld]" itself is never matched. Terms of fewer than 2 characters (not
/// counting separators) are ignored.
///
/// Where a term is found:
/// - as a run of the text's own characters (separators included exactly as the text has them),
///   anywhere, even inside a longer word, as a plain substring search would;
/// - with separators the term does not have, or without ones it has, only where a word of the
///   text starts, so "Kim" is not found across "ski mission";
/// - a term of at most 3 letters in a cased script (a name part such as "Il", "Ri", "An") only
///   as a whole word, so "Il" does not withhold half of "military".
/// Hangul terms are matched anywhere: Korean writes particles onto the name (김철수가).
public struct Redactor: Sendable {
    public let terms: [String]

    public init(terms: [String]) {
        self.terms = Array(Set(terms.filter { RedactionKey.skeleton($0).count >= 2 && Self.letterCount($0) >= 2 }))
            .sorted { ($0.count, $0) > ($1.count, $1) }
    }

    public func apply(_ text: String) -> String {
        guard !terms.isEmpty, !text.isEmpty else { return text }
        let key = RedactionKey(text)
        var spans: [ClosedRange<Int>] = []
        for term in terms { spans += Self.matches(of: term, in: key) }
        guard !spans.isEmpty else { return text }
        spans.sort { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
        var merged: [ClosedRange<Int>] = []
        for span in spans {
            if let last = merged.last, span.lowerBound <= last.upperBound + 1 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, span.upperBound)
            } else {
                merged.append(span)
            }
        }
        var out = ""
        var next = 0
        for span in merged {
            out += String(key.characters[next..<span.lowerBound])
            out += "[withheld]"
            next = span.upperBound + 1
        }
        out += String(key.characters[next...])
        return out
    }

    /// The spans (indices of original characters) where `term` occurs in `key`.
    static func matches(of term: String, in key: RedactionKey) -> [ClosedRange<Int>] {
        let needle = RedactionKey.skeleton(term)
        guard needle.count >= 2, key.units.count >= needle.count else { return [] }
        let termCharacters = Array(term)
        guard let first = termCharacters.first(where: { !RedactionKey.isSeparator($0) }) else { return [] }
        let cased = first.isCased
        let wholeWord = cased && letterCount(term) <= 3
        var found: [ClosedRange<Int>] = []
        let units = key.units
        for start in 0...(units.count - needle.count) where units[start].startsCharacter {
            var matched = true
            for k in 0..<needle.count where units[start + k].scalar != needle[k] {
                matched = false
                break
            }
            guard matched else { continue }
            let end = start + needle.count - 1
            guard units[end].endsCharacter else { continue }
            let a = units[start].character, b = units[end].character
            if cased {
                let startsWord = a == 0 || !isWordCharacter(key.characters[a - 1])
                let endsWord = b == key.characters.count - 1 || !isWordCharacter(key.characters[b + 1])
                if wholeWord {
                    guard startsWord && endsWord else { continue }
                } else if !startsWord {
                    // Away from a word's start only the term exactly as written (its own
                    // separators, in place) counts, as a plain case-insensitive search would.
                    guard Self.sameSeparators(term, key.characters[a...b]) else { continue }
                }
            }
            found.append(a...b)
        }
        return found
    }

    /// Whether `span` of the text has separators exactly where `term` has them.
    static func sameSeparators(_ term: String, _ span: ArraySlice<Character>) -> Bool {
        let termPattern = term.map { RedactionKey.isSeparator($0) }
        let spanPattern = span.map { RedactionKey.isSeparator($0) }
        guard termPattern.count == spanPattern.count else { return false }
        return termPattern == spanPattern
    }

    static func isWordCharacter(_ ch: Character) -> Bool { ch.isLetter || ch.isNumber }

    static func letterCount(_ term: String) -> Int { term.filter { !RedactionKey.isSeparator($0) }.count }
}
