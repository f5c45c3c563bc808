import CommonMark
import Testing

@Suite struct MarkdownDocumentTests {
    @Test func linksCarryTheirDestinationAndSpan() {
        let links = MarkdownDocument("Said [Austin](actor:lloyd-austin) and\n[](claim:x).\n").links
        #expect(links == [
            Link(kind: .link, destination: "actor:lloyd-austin", hasNoText: false,
                 span: SourceSpan(startLine: 1, startColumn: 6, endLine: 1, endColumn: 33)),
            Link(kind: .link, destination: "claim:x", hasNoText: true,
                 span: SourceSpan(startLine: 2, startColumn: 1, endLine: 2, endColumn: 11)),
        ])
    }

    @Test func columnsAreBytesAsCmarkCountsThem() {
        let links = MarkdownDocument("é [w](figure:m)").links
        #expect(links.first?.span.startColumn == 4)
    }

    @Test func markersAreFoundInTextOnlyEachTimeTheyStand() {
        let markdown = "A [x](actor: a) and [y] (claim:b) (actor:c)\n\n`(actor:code)`\n\n    (claim:block)\n\n[ok](actor:d)\n"
        let (links, marked) = MarkdownDocument(markdown).scan(markers: ["(actor:", "(claim:"])
        #expect(links.map(\.destination) == ["actor:d"])
        #expect(marked.map(\.marker) == ["(actor:", "(claim:", "(actor:"])
        // Each is placed at the start of its text node; the caller finds the marker there.
        #expect(marked.map(\.span.startLine) == [1, 1, 1])
    }

    @Test func imagesAreFoundToo() {
        let links = MarkdownDocument("![chart](chart.png)").links
        #expect(links.map(\.kind) == [.image])
    }

    @Test func rewriteChangesDestinationsAndFillsEmptyText() {
        let html = MarkdownDocument("[](actor:a) met [B](actor:b).").html { link in
            LinkRewrite(destination: "../" + link.destination.dropFirst(6) + "/", fillText: "A <name>")
        }
        #expect(html == "<p><a href=\"../a/\">A &lt;name&gt;</a> met <a href=\"../b/\">B</a>.</p>\n")
    }

    @Test func rawHTMLIsDroppedUnlessUnsafe() {
        let markdown = "<script>alert(1)</script>\n\nText <b>bold</b>\n"
        #expect(MarkdownDocument(markdown).html() == "<!-- raw HTML omitted -->\n<p>Text <!-- raw HTML omitted -->bold<!-- raw HTML omitted --></p>\n")
        #expect(MarkdownDocument(markdown).html(unsafe: true).contains("<script>alert(1)</script>"))
    }

    @Test func dangerousURLsAreEmptied() {
        let html = MarkdownDocument("[x](javascript:alert(1)) [y](vbscript:msgbox)").html()
        #expect(html == "<p><a href=\"\">x</a> <a href=\"\">y</a></p>\n")
    }

    @Test func manyDocumentsParseAndFreeCleanly() {
        let text = String(repeating: "Para [a](actor:a) *em* `code`\n\n- item [](claim:b)\n\n", count: 200)
        for _ in 0..<50 {
            let document = MarkdownDocument(text)
            #expect(document.links.count == 400)
            #expect(!document.html().isEmpty)
        }
    }
}
