import CoT
import Testing

/// Input an attacker or a broken device could send: each must be a `CoTError`, never a crash.
@Suite struct HostileXMLTests {
    static let head = #"<event version="2.0" uid="u" type="a-f-G" how="m-g" time="2026-12-03T01:02:03Z" "#
        + #"start="2026-12-03T01:02:03Z" stale="2026-12-03T01:02:03Z">"#
    static let point = #"<point lat="1" lon="2" hae="3" ce="4" le="5"/>"#

    static func event(_ detail: String) -> [UInt8] { Array((head + point + "<detail>" + detail + "</detail></event>").utf8) }

    func refusal(_ bytes: [UInt8], limits: CoTLimits = .init()) -> CoTError? {
        do {
            _ = try CoTXML.decode(bytes, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test func billionLaughsIsRefusedAtTheDoctype() {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE event [
             <!ENTITY lol "lol">
             <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
             <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
            ]>
            """ + Self.head + Self.point + "<detail><remarks>&lol9;</remarks></detail></event>"
        let error = refusal(Array(xml.utf8))
        #expect(error == .declarationRefused(offset: 22, keyword: "DOCTYPE"))
        #expect(error?.description.contains("byte 22") == true)
        // The entity reference alone (no DOCTYPE) is an unknown entity, never expanded.
        let at = (Self.head + Self.point + "<detail><remarks>").utf8.count
        #expect(refusal(Self.event("<remarks>&lol9;</remarks>")) == .badReference(offset: at, reference: "lol9;"))
        #expect(refusal(Self.event(#"<!ENTITY x "y">"#)).map { if case .declarationRefused = $0 { true } else { false } } == true)
    }

    @Test func depthTenThousandIsRefusedAtTheLimit() {
        let deep = String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000)
        // 70 KB: over the default size limit, so raise that one to reach the depth check.
        guard case .tooDeep(_, 32)? = refusal(Self.event(deep), limits: CoTLimits(maxEventBytes: 1 << 20)) else {
            Issue.record("depth 10,000 was not refused as too deep")
            return
        }
        // With the limit raised, still no recursion: the reader keeps its own stack.
        let limits = CoTLimits(maxEventBytes: 1 << 20, maxDepth: 20_000, maxElements: 20_000)
        #expect((try? CoTXML.decode(Self.event(deep), limits: limits))?.detail.count == 1)
    }

    @Test func limitsAreEnforced() {
        let big = Self.event("<remarks>" + String(repeating: "x", count: 70_000) + "</remarks>")
        #expect(refusal(big) == .eventTooLarge(offset: 0, size: big.count, limit: 65_536))
        let attributes = (0..<65).map { " a\($0)=\"\($0)\"" }.joined()
        if case .tooManyAttributes(_, 64)? = refusal(Self.event("<x\(attributes)/>")) {} else { Issue.record("attributes") }
        let many = String(repeating: "<y/>", count: 4_094)
        if case .tooManyElements(_, 4_096)? = refusal(Self.event(many), limits: CoTLimits(maxEventBytes: 1 << 20)) {
        } else {
            Issue.record("elements")
        }
        #expect((try? CoTXML.decode(Self.event(String(repeating: "<y/>", count: 4_093)), limits: CoTLimits(maxEventBytes: 1 << 20))) != nil)
        if case .nameTooLong(_, 256)? = refusal(Self.event("<\(String(repeating: "n", count: 257))/>")) {} else {
            Issue.record("name")
        }
    }

    @Test(arguments: [
        ("unterminated tag", Self.head + Self.point + "<detail><remarks"),
        ("unterminated attribute", Self.head + Self.point + "<detail><remarks a=\"1></detail></event>"),
        ("unterminated event", Self.head + Self.point + "<detail></detail>"),
        ("unquoted attribute", Self.head + Self.point + "<detail><x a=1/></detail></event>"),
        ("attribute without value", Self.head + Self.point + "<detail><x a/></detail></event>"),
        ("mismatched close", Self.head + Self.point + "<detail><x></y></detail></event>"),
        ("bad entity", Self.head + Self.point + "<detail><x>&nbsp;</x></detail></event>"),
        ("bare ampersand", Self.head + Self.point + "<detail><x>a & b</x></detail></event>"),
        ("char ref to NUL", Self.head + Self.point + "<detail><x>&#0;</x></detail></event>"),
        ("char ref too big", Self.head + Self.point + "<detail><x>&#x110000;</x></detail></event>"),
        ("char ref surrogate", Self.head + Self.point + "<detail><x>&#xD800;</x></detail></event>"),
        ("NUL byte", Self.head + Self.point + "<detail><x>a\u{0}b</x></detail></event>"),
        ("control byte", Self.head + Self.point + "<detail><x>\u{1B}</x></detail></event>"),
        ("duplicate attribute", Self.head + Self.point + "<detail><x a='1' a='2'/></detail></event>"),
        ("no space between attributes", Self.head + Self.point + "<detail><x a='1'b='2'/></detail></event>"),
        ("lt in attribute", Self.head + Self.point + "<detail><x a='<'/></detail></event>"),
        ("two roots", Self.head + Self.point + "</event><event/>"),
        ("text after", Self.head + Self.point + "</event>junk"),
        ("text before", "junk" + Self.head + Self.point + "</event>"),
        ("not an event", "<evnt/>"),
        ("no point", Self.head + "</event>"),
        ("two points", Self.head + Self.point + Self.point + "</event>"),
        ("bad lat", Self.head + #"<point lat="91" lon="0"/></event>"#),
        ("hex lat", Self.head + #"<point lat="0x10" lon="0"/></event>"#),
        ("inf lon", Self.head + #"<point lat="1" lon="inf"/></event>"#),
        ("bad time", Self.head.replacing("time=\"2026-12-03T01:02:03Z\"", with: "time=\"yesterday\"") + Self.point + "</event>"),
        ("empty uid", Self.head.replacing("uid=\"u\"", with: "uid=\"\"") + Self.point + "</event>"),
        ("missing uid", Self.head.replacing("uid=\"u\"", with: "") + Self.point + "</event>"),
        ("late declaration", Self.head + Self.point + "<?xml version='1.0'?></event>"),
        ("CDATA outside", "<![CDATA[x]]>" + Self.head + Self.point + "</event>"),
        ("unterminated comment", Self.head + Self.point + "<!-- </event>"),
        ("empty", ""),
        ("lt then space", Self.head + Self.point + "< detail/></event>"),
    ])
    func malformedXMLIsRefused(_ name: String, _ xml: String) {
        #expect(refusal(Array(xml.utf8)) != nil, "\(name) was accepted")
    }

    @Test(arguments: [
        [0xC0, 0x80],  // overlong NUL
        [0xE0, 0x80, 0x80],  // overlong
        [0xED, 0xA0, 0x80],  // surrogate
        [0xF4, 0x90, 0x80, 0x80],  // over U+10FFFF
        [0x80],  // stray continuation
        [0xEA, 0xB0],  // cut short
        [0xFF],
        [0xEF, 0xBF, 0xBE],  // U+FFFE
    ] as [[UInt8]])
    func invalidUTF8IsRefused(_ bad: [UInt8]) {
        let bytes = Array((Self.head + Self.point + "<detail><x a='").utf8) + bad + Array("'/></detail></event>".utf8)
        let error = refusal(bytes)
        switch error {
        case .invalidUTF8(let offset)?, .invalidCharacter(let offset, _)?:
            #expect(offset == bytes.count - bad.count - 20)
        default:
            Issue.record("\(bad) gave \(String(describing: error))")
        }
        let inText = Array((Self.head + Self.point + "<detail><x>").utf8) + bad + Array("</x></detail></event>".utf8)
        #expect(refusal(inText) != nil)
    }

    @Test func everyPrefixOfAnEventFailsCleanly() {
        let whole = Array(CoTXML.encode(CoTXMLTests.sa).utf8)
        for end in 0..<whole.count {
            #expect(refusal(Array(whole[0..<end])) != nil, "prefix of \(end) bytes accepted")
        }
        #expect(refusal(whole) == nil)
    }

    @Test func seededByteFlipsNeverCrash() {
        var random = RandomEvents(seed: 99)
        for _ in 0..<400 {
            var bytes = Array(CoTXML.encode(random.event()).utf8)
            for _ in 0..<random.int(1...4) {
                let index = random.int(0...(bytes.count - 1))
                bytes[index] = [0x3C, 0x3E, 0x26, 0x22, 0x27, 0x00, 0xFF, 0x2F, 0x21, 0x3F][random.int(0...9)]
            }
            _ = refusal(bytes)  // either outcome is fine; trapping is not
        }
    }
}
