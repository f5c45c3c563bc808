/// A link or image found in a Markdown document, copied out of cmark's tree.
public struct Link: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case link, image }

    /// Whether it is `[text](url)` or `![alt](url)`.
    public var kind: Kind
    /// The destination exactly as written, after CommonMark's unescaping.
    public var destination: String
    /// True when the link has no text at all: `[](actor:lloyd-austin)`.
    public var hasNoText: Bool
    /// The whole link, from `[` to `)`.
    public var span: SourceSpan

    public init(kind: Kind, destination: String, hasNoText: Bool, span: SourceSpan) {
        self.kind = kind
        self.destination = destination
        self.hasNoText = hasNoText
        self.span = span
    }
}

/// What rendering does with one link: a new destination, and text for a link that had none.
public struct LinkRewrite: Sendable, Hashable {
    public var destination: String
    public var fillText: String?

    public init(destination: String, fillText: String? = nil) {
        self.destination = destination
        self.fillText = fillText
    }
}
