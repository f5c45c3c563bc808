internal import CCmark
#if canImport(Glibc)
import Glibc  // strchr
#endif

/// A parsed CommonMark document. It owns cmark's tree and frees it when it goes;
/// no pointer into the tree ever leaves this type.
public struct MarkdownDocument: ~Copyable {
    private let root: OpaquePointer

    /// Parses `markdown` with source positions.
    public init(_ markdown: String) {
        var text = markdown
        root = text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_SOURCEPOS)
            }
        }
    }

    deinit { cmark_node_free(root) }

    /// Every link and image, in document order.
    public var links: [Link] { scan(markers: []).links }

    /// Every link and image, and every place in a text node (outside code) where one of
    /// `markers` (ASCII, each starting with the same byte) stands, in document order:
    /// the marker and where its text node starts. One walk of the tree for both.
    public func scan(markers: [String]) -> (links: [Link], marked: [(marker: String, span: SourceSpan)]) {
        var links: [Link] = []
        var marked: [(marker: String, span: SourceSpan)] = []
        let patterns = markers.map { Array($0.utf8) }
        let lead = patterns.first?.first
        precondition(patterns.allSatisfy { $0.first == lead }, "markers must start with the same byte")
        forEachNode { node, type in
            if let link = Link(node, type) {
                links.append(link)
            } else if type == CMARK_NODE_TEXT, let lead, let literal = cmark_node_get_literal(node) {
                Self.forEachMarker(patterns, lead: lead, in: literal) { marked.append((markers[$0], SourceSpan(node))) }
            }
        }
        return (links, marked)
    }

    /// Calls `found` with the index of each pattern found in a C string, in order: looked
    /// for only where their first byte is, which in a text is rare.
    private static func forEachMarker(_ patterns: [[UInt8]], lead: UInt8, in literal: UnsafePointer<CChar>,
                                      _ found: (Int) -> Void) {
        var at = strchr(literal, Int32(lead))
        while let here = at {
            let text = UnsafeRawPointer(here).assumingMemoryBound(to: UInt8.self)
            if let index = patterns.firstIndex(where: { starts(text, with: $0) }) { found(index) }
            at = strchr(here + 1, Int32(lead))
        }
    }

    /// Whether the NUL-terminated bytes at `text` start with `pattern`.
    private static func starts(_ text: UnsafePointer<UInt8>, with pattern: [UInt8]) -> Bool {
        for (offset, byte) in pattern.enumerated() where text[offset] != byte { return false }
        return true
    }

    /// Renders HTML. `rewrite` sees every link and image once, in document order, and may
    /// give it a new destination and, for a link without text, the text to show.
    /// Raw HTML is dropped and dangerous URLs emptied unless `unsafe` is true.
    public func html(unsafe: Bool = false, rewrite: (Link) -> LinkRewrite? = { _ in nil }) -> String {
        forEachLink { node, link in
            guard let change = rewrite(link) else { return }
            cmark_node_set_url(node, change.destination)
            if link.hasNoText, let text = change.fillText {
                let child = cmark_node_new(CMARK_NODE_TEXT)
                cmark_node_set_literal(child, text)
                cmark_node_append_child(node, child)
            }
        }
        let options = unsafe ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        guard let rendered = cmark_render_html(root, options) else { return "" }
        defer { cmark_get_default_mem_allocator().pointee.free(rendered) }
        return String(cString: rendered)
    }

    /// Walks the tree and calls `body` on ENTER of each link or image node.
    private func forEachLink(_ body: (OpaquePointer, Link) -> Void) {
        forEachNode { node, type in
            if let link = Link(node, type) { body(node, link) }
        }
    }

    /// Walks the tree and calls `body` on ENTER of each node, with its type.
    private func forEachNode(_ body: (OpaquePointer, cmark_node_type) -> Void) {
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            body(node, cmark_node_get_type(node))
        }
    }
}

extension Link {
    /// The link or image a node is, if it is one.
    fileprivate init?(_ node: OpaquePointer, _ type: cmark_node_type) {
        guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { return nil }
        self.init(node: node, kind: type == CMARK_NODE_LINK ? .link : .image)
    }

    fileprivate init(node: OpaquePointer, kind: Kind) {
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        self.init(
            kind: kind,
            destination: url,
            hasNoText: cmark_node_first_child(node) == nil,
            span: SourceSpan(node)
        )
    }
}

extension SourceSpan {
    fileprivate init(_ node: OpaquePointer) {
        self.init(startLine: Int(cmark_node_get_start_line(node)), startColumn: Int(cmark_node_get_start_column(node)),
                  endLine: Int(cmark_node_get_end_line(node)), endColumn: Int(cmark_node_get_end_column(node)))
    }
}
