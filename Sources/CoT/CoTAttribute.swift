/// One XML attribute of a detail element: a name and its (unescaped) value.
public struct CoTAttribute: Sendable, Hashable {
    /// The attribute's name, e.g. `callsign`.
    public var name: String
    /// The attribute's value as text, entities already resolved.
    public var value: String

    /// An attribute `name="value"`.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
