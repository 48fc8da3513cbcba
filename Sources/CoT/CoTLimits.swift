/// The hard limits every CoT reader in this module enforces on untrusted input.
///
/// A TAK link carries bytes from devices and servers we do not control, so each reader checks
/// these before it allocates or recurses: an event beyond a limit is refused with a `CoTError`
/// that names the limit, never read half-way. The defaults fit every event ATAK, WinTAK, iTAK and
/// TAK Server send (an SA is about 1 KiB, a long route some 20 KiB). A negative value counts as 0.
public struct CoTLimits: Sendable, Hashable {
    /// Largest event, in bytes: the XML from `<event` to `</event>`, or one protobuf payload.
    /// Default 64 KiB. The stream framer never buffers more than this for one event.
    public var maxEventBytes: Int
    /// Deepest element nesting, counting `<event>` as 1 (`<detail>`'s children are at 3). Default 32.
    public var maxDepth: Int
    /// Most attributes on one element. Default 64.
    public var maxAttributesPerElement: Int
    /// Most elements in one event, `<event>` included. Default 4,096.
    public var maxElements: Int
    /// Longest element or attribute name, in bytes. Default 256.
    public var maxNameLength: Int

    /// Limits with the documented defaults, any of them overridden.
    public init(
        maxEventBytes: Int = 65_536, maxDepth: Int = 32, maxAttributesPerElement: Int = 64,
        maxElements: Int = 4_096, maxNameLength: Int = 256
    ) {
        self.maxEventBytes = max(0, maxEventBytes)
        self.maxDepth = max(0, maxDepth)
        self.maxAttributesPerElement = max(0, maxAttributesPerElement)
        self.maxElements = max(0, maxElements)
        self.maxNameLength = max(0, maxNameLength)
    }
}
