/// Which `<detail>` children travel in TAK protocol's typed messages (`Contact`, `Group`,
/// `PrecisionLocation`, `Status`, `Takv`, `Track`) and which as `xmlDetail` text, chosen so that
/// decoding gives back exactly the same detail.
///
/// The typed messages carry neither order nor attribute order, so a decoder must put them
/// somewhere. Ours rebuilds ATAK's own SA layout: `takv`, `contact`, then the `xmlDetail`
/// elements, then `precisionlocation`, `__group`, `status`, `track`, each with its attributes in
/// the order ATAK writes them. The encoder therefore types an element only when it sits where the
/// decoder will put it back (a leading run in head order or a trailing run in tail order), has
/// exactly the attributes TAK Server requires for typing (`contact`: callsign, optionally endpoint
/// first; the others all of theirs), in that order, non-empty, with numbers in canonical form, and
/// no text or children; and when no other element of that name is in the detail (receivers keep the
/// `xmlDetail` copy over a typed one). Everything else goes in `xmlDetail`, as ATAK and TAK Server
/// do with what does not fit. An SA as ATAK writes it is fully typed but for `<uid Droid>`, which is
/// what takproto produces too.
enum TakDetailLayout {
    static let head = ["takv", "contact"]
    static let tail = ["precisionlocation", "__group", "status", "track"]

    /// The attribute orders the decoder writes (ATAK's).
    static let attributeOrder: [String: [String]] = [
        "takv": ["os", "version", "device", "platform"],
        "contact": ["endpoint", "callsign"],
        "precisionlocation": ["altsrc", "geopointsrc"],
        "__group": ["role", "name"],
        "status": ["battery"],
        "track": ["course", "speed"],
    ]

    /// Splits `detail` into the typed leading run, the `xmlDetail` middle and the typed trailing run.
    static func split(_ detail: [CoTElement]) -> (head: ArraySlice<CoTElement>, xml: ArraySlice<CoTElement>, tail: ArraySlice<CoTElement>) {
        func typable(_ element: CoTElement) -> Bool {
            representable(element) && detail.lazy.filter { $0.name == element.name }.count == 1
        }
        var i = 0
        var rank = -1
        while i < detail.count, let r = head.firstIndex(of: detail[i].name), r > rank, typable(detail[i]) {
            rank = r
            i += 1
        }
        var j = detail.count
        rank = tail.count
        while j > i, let r = tail.firstIndex(of: detail[j - 1].name), r < rank, typable(detail[j - 1]) {
            rank = r
            j -= 1
        }
        return (detail[0..<i], detail[i..<j], detail[j...])
    }

    static func representable(_ element: CoTElement) -> Bool {
        guard element.children.isEmpty, element.text == nil, let order = attributeOrder[element.name],
            element.attributes.allSatisfy({ !$0.value.isEmpty })
        else { return false }
        let names = element.attributes.map(\.name)
        switch element.name {
        case "contact":
            return names == ["callsign"] || names == order
        case "status":
            let battery = element.attributes.first?.value ?? ""
            return names == order && UInt32(battery).map(String.init) == battery
        case "track":
            return names == order
                && element.attributes.allSatisfy { CoTNumber.parse($0.value).map(CoTNumber.format) == $0.value }
        default:
            return names == order
        }
    }
}
