import CommonMark

/// Finds the references of a body (`[text](actor:ID)` and its kin) on cmark's tree,
/// each at the file position of its target.
enum ReferenceScanner {
    static func references(in body: Body) -> [Reference] {
        let links = MarkdownDocument(body.markdown).links.filter { $0.kind == .link }
        let candidates = links.compactMap { link in split(link.destination).map { (link, $0) } }
        guard !candidates.isEmpty else { return [] }
        let lines = LineIndex(body.markdown)
        let start = SourceLocation(path: body.path)
        return candidates.map { link, target in
            Reference(kind: target.kind, target: target.id, hasNoText: link.hasNoText,
                      location: location(of: link, in: lines, body: body, from: start))
        }
    }

    /// `actor:lloyd-austin` → (.actor, "lloyd-austin"); other destinations are not references.
    static func split(_ destination: String) -> (kind: Reference.Kind, id: String)? {
        guard let colon = destination.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        guard let kind = Reference.Kind(rawValue: String(destination[..<colon])) else { return nil }
        return (kind, String(destination[destination.index(after: colon)...]))
    }

    /// The target's place: inside the link's span, where the destination is written.
    private static func location(of link: Link, in lines: LineIndex, body: Body, from file: SourceLocation) -> SourceLocation {
        let start = lines.offset(line: link.span.startLine, byteColumn: link.span.startColumn)
        let end = lines.offset(line: link.span.endLine, byteColumn: link.span.endColumn + 1)
        let offset = lines.lastOffset(of: link.destination, from: start, to: end) ?? start
        let (line, column) = lines.position(ofOffset: offset)
        return file.moved(line: line + body.firstLine - 1, column: column)
    }
}
