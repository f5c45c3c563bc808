/// Where a node stands in the Markdown it was parsed from, as cmark reports it:
/// lines from 1, columns from 1 counted in UTF-8 bytes, both ends inclusive.
public struct SourceSpan: Sendable, Hashable {
    public var startLine: Int
    public var startColumn: Int
    public var endLine: Int
    public var endColumn: Int

    public init(startLine: Int, startColumn: Int, endLine: Int, endColumn: Int) {
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine
        self.endColumn = endColumn
    }
}
