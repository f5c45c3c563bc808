import CommonMark

/// Finds the references of a body (`[text](actor:ID)` and its kin) on cmark's tree,
/// each at the file position of its target; the links and images that rendering will
/// leave empty, because their scheme is neither a reference's nor a safe one; and the
/// references that are not links at all.
enum ReferenceScanner {
    static func scan(_ body: Body) -> (references: [Reference], problems: [Diagnostic]) {
        var references: [(Link, kind: Reference.Kind, id: String)] = []
        var refused: [(Link, scheme: String)] = []
        let (links, marked) = MarkdownDocument(body.markdown).scan(markers: unlinkedMarkers)
        for link in links {
            if link.kind == .link, let target = split(link.destination) {
                references.append((link, target.kind, target.id))
            } else if let scheme = SafeURL.refusedScheme(of: link.destination) {
                refused.append((link, scheme))
            }
        }
        guard !references.isEmpty || !refused.isEmpty || !marked.isEmpty else { return ([], []) }
        let lines = LineIndex(body.markdown)
        let start = SourceLocation(path: body.path)
        let found = references.map { link, kind, id in
            Reference(kind: kind, target: id, hasNoText: link.hasNoText,
                      location: location(of: link, in: lines, body: body, from: start))
        }
        let problems = refused.map { link, scheme in
            problem(link, scheme: scheme, at: location(of: link, in: lines, body: body, from: start))
        }
        return (found, problems + unlinked(marked, in: lines, body: body, from: start))
    }

    /// A warning where each marker stands. Markers in one text node are found in order:
    /// each is looked for after the last.
    private static func unlinked(_ marked: [(marker: String, span: SourceSpan)], in lines: LineIndex, body: Body,
                                 from file: SourceLocation) -> [Diagnostic] {
        var searched: (span: SourceSpan, after: Int)?
        return marked.map { marker, span in
            let nodeStart = lines.offset(line: span.startLine, byteColumn: span.startColumn)
            let from = searched.map { $0.span == span ? $0.after : nodeStart } ?? nodeStart
            let offset = lines.firstOffset(of: marker, from: from) ?? nodeStart
            searched = (span, offset + 1)
            let (line, column) = lines.position(ofOffset: offset)
            return .warning("'\(marker)' is in the text, not in a link: a reference is written "
                            + "[text]\(marker)ID), with no space between ']' and '(' nor inside the parentheses",
                            at: file.moved(line: line + body.firstLine - 1, column: column))
        }
    }

    /// What a reference that did not become a link leaves in the text: `[x](actor: id)`
    /// and `[x] (actor:id)` are not links in CommonMark.
    private static let unlinkedMarkers = Reference.Kind.allCases.map { "(\($0.rawValue):" }

    /// A scheme one slip away from a reference's (`actors:`, `Claim:`) is an error: the
    /// editor meant a reference. Any other (`javascript:`, `ftp:`) is left empty as the
    /// safety rules say, with a warning so that the editor knows why the link is dead.
    private static func problem(_ link: Link, scheme: String, at location: SourceLocation) -> Diagnostic {
        let kinds = Reference.Kind.allCases.map(\.rawValue)
        if link.kind == .link, let kind = kinds.contains(scheme) ? scheme : Suggestion.closest(to: scheme, among: kinds) {
            let written = String(link.destination.prefix { $0 != ":" })
            return .error("'\(written):' is not a kind of reference (did you mean '\(kind):'?); references are "
                          + kinds.map { "'\($0):'" }.joined(separator: ", "), at: location)
        }
        let what = link.kind == .link ? "a link to" : "an image from"
        let schemes = SafeURL.bodySchemes.sorted().map { "'\($0):'" }.joined(separator: ", ")
        return .warning("\(what) '\(scheme):' is left empty: in a body, links and images are relative or start with "
                        + "one of \(schemes)", at: location)
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
