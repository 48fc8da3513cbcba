/// One element of an event's `<detail>` subtree, kept generic: CoT's detail vocabulary is open
/// (ATAK plugins add their own), so the codec keeps every element, attribute and text it reads.
///
/// Decoding gives a normal form, which encoding then preserves: `text` is `nil` rather than empty,
/// and `nil` when the element has children and its text is only whitespace (indentation); the
/// character data of mixed content is joined into one `text`, written before the children.
public struct CoTElement: Sendable, Hashable {
    /// The element's name, e.g. `contact`, `__group`, `_flow-tags_`.
    public var name: String
    /// The attributes in document order (encoding keeps this order; a repeated name is written once).
    public var attributes: [CoTAttribute]
    /// Child elements in document order.
    public var children: [CoTElement]
    /// The element's character data, entities resolved; `nil` when it has none.
    public var text: String?

    /// An element.
    public init(name: String, attributes: [CoTAttribute] = [], children: [CoTElement] = [], text: String? = nil) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
    }

    /// An element from `(name, value)` pairs, in the order given.
    public init(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], children: [CoTElement] = [], text: String? = nil) {
        self.init(
            name: name, attributes: attributes.map { CoTAttribute(name: $0.key, value: $0.value) },
            children: children, text: text)
    }

    /// The value of the first attribute called `name`, if any.
    public subscript(attribute name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The first child called `name`, if any.
    public func child(named name: String) -> CoTElement? {
        children.first { $0.name == name }
    }

    /// Every child called `name`, in order.
    public func children(named name: String) -> [CoTElement] {
        children.filter { $0.name == name }
    }

    /// Sets attribute `name` to `value`, replacing its first occurrence or appending it.
    public mutating func setAttribute(_ name: String, _ value: String) {
        if let index = attributes.firstIndex(where: { $0.name == name }) {
            attributes[index].value = value
        } else {
            attributes.append(CoTAttribute(name: name, value: value))
        }
    }
}
