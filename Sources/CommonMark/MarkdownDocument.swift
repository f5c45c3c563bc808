internal import CCmark

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
    public var links: [Link] {
        var found: [Link] = []
        forEachLink { node, link in found.append(link) }
        return found
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
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { continue }
            body(node, Link(node: node, kind: type == CMARK_NODE_LINK ? .link : .image))
        }
    }
}

extension Link {
    fileprivate init(node: OpaquePointer, kind: Kind) {
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        self.init(
            kind: kind,
            destination: url,
            hasNoText: cmark_node_first_child(node) == nil,
            span: SourceSpan(
                startLine: Int(cmark_node_get_start_line(node)),
                startColumn: Int(cmark_node_get_start_column(node)),
                endLine: Int(cmark_node_get_end_line(node)),
                endColumn: Int(cmark_node_get_end_column(node))
            )
        )
    }
}
