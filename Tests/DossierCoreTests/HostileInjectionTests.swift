import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import DossierCore

/// A site with an attack in every field of the contract that takes text, built and read
/// back: every HTML page tokenized, every JSON and XML file parsed. Nothing a payload
/// says may become markup, a script, an event handler or a dangerous link, and the text
/// itself must arrive intact wherever it is shown.
@Suite struct HostileInjectionTests {
    /// One payload per field, each naming its field so a leak says where it came from.
    /// Fields written single-quoted (no escapes there) go without the U+2028.
    static func payload(_ field: String) -> String {
        "\(field) <script>alert('\(field)')</script> \"><img src=x onerror=alert(1)> '><svg onload=alert(2)>"
            + " </script><!-- ]]> &amp; &#x6a;avascript:alert(3) {{field}} "
            + (singleQuotedFields.contains(field) ? "" : "\u{2028}") + "é\u{202E}"
    }

    static let singleQuotedFields: Set = ["site-description", "summary", "actor-name", "publisher", "profile-alias"]

    /// A YAML double-quoted scalar (JSON's escapes are YAML's): through Yams.
    static func quoted(_ text: String) -> String { JSONValue.string(text).compact }
    /// A YAML single-quoted scalar: the fast parser's path. No line breaks in it.
    static func singleQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    static let body = """
    [](actor:kim) and [](claim:troops-sent), [](figure:troops), [](source:kcna), [](brief:other).

    [a](JaVaScRiPt:alert(1)) [b](java&#x73;cript:alert(2)) [c](<java\tscript:alert(3)>) [d]( vbscript:msgbox(4))
    <javascript:alert(5)> [e](data:text/html;base64,PHNjcmlwdD4=) [f](&#106;avascript:alert(6)) [g](file:///etc/passwd)
    ![h](data:image/svg+xml,<svg/onload=alert(7)>) ![i](data:image/png;base64,iVBORw0KGgo=) ![j](javascript:alert(8))
    [k][ref] <a href="javascript:alert(9)">raw</a> <img src=x onerror=alert(10)> <b>raw bold</b>

    <script>alert(11)</script>

    <iframe src="https://evil.example"></iframe>

    [ref]: javascript:alert(12)

    [ok](https://example.org/ok) [mail](mailto:desk@example.org) [rel](../other/) ![img](https://example.org/i.png)
    """

    static func site(unsafeHTML: Bool = false, payloads: Bool = true) throws -> TestSite {
        func p(_ field: String) -> String { payloads ? payload(field) : "\(field) plain" }
        let settings = """
        title: \(quoted(p("site-title")))
        description: \(singleQuoted(p("site-description")))
        base_url: https://example.org/desk/
        unsafe_html: \(unsafeHTML)
        """
        let brief = """
        ---
        title: \(quoted(p("title")))
        date: 2024-10-24
        summary: \(singleQuoted(p("summary")))
        judgments:
          - text: \(quoted(p("judgment")))
            likelihood: likely
            confidence: moderate
            claims: [troops-sent]
        actors:
          - id: kim
            role: \(quoted(p("role")))
          - id: kcna-agency
            name: \(singleQuoted(p("actor-name")))
            kind: media
            aliases: [\(quoted(p("alias")))]
        claims:
          - id: troops-sent
            text: \(quoted(p("claim-text")))
            status: contested
            stances:
              - actor: kim
                stance: denies
                quote: \(quoted(p("quote")))
                via: kcna-agency
                source: kcna
        figures:
          - measure: troops
            label: \(quoted(p("label")))
            value: 3000
            qualifier: at-least
            unit: \(quoted(p("unit")))
            stated_by: kim
            source: kcna
            claim: troops-sent
        sources:
          - id: kcna
            title: \(quoted(p("source-title")))
            publisher: \(singleQuoted(p("publisher")))
            url: https://example.org/a'b&c=d
            grade: C
        ---
        \(body)
        """
        let other = """
        ---
        title: \(quoted(p("other-title")))
        date: 2024-10-20
        claims: [troops-sent]
        ---
        See [](brief:hostile).
        """
        let profile = """
        ---
        name: \(quoted(p("profile-name")))
        kind: person
        aliases: [\(singleQuoted(p("profile-alias")))]
        ---
        \(body.replacingOccurrences(of: "[](figure:troops), ", with: ""))
        """
        return try TestSite([
            "dossier.yml": settings,
            "Content/briefs/hostile.md": brief,
            "Content/briefs/other.md": other,
            "Content/actors/kim.md": profile,
        ])
    }

    static let fields = ["site-title", "site-description", "title", "summary", "judgment", "role", "actor-name",
                         "alias", "claim-text", "quote", "label", "unit", "source-title", "publisher",
                         "other-title", "profile-name", "profile-alias"]

    // MARK: HTML

    @Test func noPayloadBecomesMarkupOnAnyPage() throws {
        let site = try Self.site()
        defer { site.remove() }
        let built = try BuiltSite(site.root)
        defer { built.remove() }
        let pages = built.pages
        #expect(pages.count > 10)
        for (path, html) in pages.sorted(by: { $0.key < $1.key }) {
            #expect(OutputScan.problems(inHTML: html) == [], "\(path)")
            let lower = html.lowercased()
            #expect(!lower.contains("<script>alert"), "\(path)")
            #expect(!lower.contains("<img src=x"), "\(path)")
            #expect(!lower.contains("<svg"), "\(path)")
            #expect(!lower.contains("<iframe"), "\(path)")
        }
    }

    /// The same site with harmless text in every field has exactly the same elements and
    /// attributes on every page: the payloads changed only text and attribute values.
    @Test func payloadsChangeNoElementOrAttribute() throws {
        let hostile = try Self.site(), plain = try Self.site(payloads: false)
        defer { hostile.remove(); plain.remove() }
        let a = try BuiltSite(hostile.root), b = try BuiltSite(plain.root)
        defer { a.remove(); b.remove() }
        let hostilePages = a.pages, plainPages = b.pages
        #expect(Set(hostilePages.keys) == Set(plainPages.keys))
        func shape(_ html: String) -> [String] {
            OutputScan.tags(in: html).map { tag in ([tag.name] + tag.attributes.map(\.name)).joined(separator: " ") }
        }
        for (path, html) in hostilePages {
            #expect(shape(html) == shape(plainPages[path] ?? ""), "\(path)")
        }
    }

    @Test func thePayloadTextIsShownEscaped() throws {
        let site = try Self.site()
        defer { site.remove() }
        let built = try BuiltSite(site.root)
        defer { built.remove() }
        let brief = try #require(built.text("briefs/hostile/index.html"))
        let escaped = "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
        #expect(brief.contains("<h1>title " + escaped) || brief.contains("title " + escaped))
        for field in ["summary", "judgment", "role", "actor-name", "claim-text", "quote", "label", "source-title", "publisher"] {
            #expect(brief.contains("\(field) &lt;script&gt;alert(&#39;\(field)&#39;)"), "\(field) not shown on the brief page")
        }
        // A Mustache tag in content is text, not a tag.
        #expect(brief.contains("{{field}}"))
        let actor = try #require(built.text("actors/kim/index.html"))
        #expect(actor.contains("profile-name &lt;script&gt;"))
    }

    @Test(arguments: [false, true])
    func dangerousLinksInBodiesAreEmptied(unsafeHTML: Bool) throws {
        let site = try Self.site(unsafeHTML: unsafeHTML)
        defer { site.remove() }
        let built = try BuiltSite(site.root)
        defer { built.remove() }
        for path in ["briefs/hostile/index.html", "actors/kim/index.html"] {
            let html = try #require(built.text(path))
            let tags = OutputScan.tags(in: html)
            let links = tags.filter { $0.name == "a" }.compactMap { $0.value("href") }
            let images = tags.filter { $0.name == "img" }.compactMap { $0.value("src") }
            for url in links + images where !url.isEmpty {
                let raw = unsafeHTML && ["javascript:alert(9)", "x"].contains(url)  // the raw HTML, kept by choice
                #expect(raw || OutputScan.dangerousScheme(url) == nil, "\(path): \(url)")
                #expect(raw || SafeURL.isBodyLink(url), "\(path): \(url)")
            }
            // The markdown links a..k and the images h..j are there, emptied.
            #expect(html.contains(#"<a href="">a</a>"#) && html.contains(#"<a href="">k</a>"#), "\(path)")
            #expect(html.contains(#"<img src="" alt="i" />"#), "\(path): data:image/png must not reach src")
            #expect(html.contains(#"<a href="https://example.org/ok">ok</a>"#), "\(path)")
            #expect(html.contains(#"<a href="mailto:desk@example.org">mail</a>"#), "\(path)")
            #expect(html.contains(#"<a href="../other/">rel</a>"#), "\(path)")
            if unsafeHTML {
                #expect(html.contains("<b>raw bold</b>") && html.contains("<script>alert(11)</script>"), "\(path)")
            } else {
                #expect(!html.contains("<b>raw bold</b>") && !html.contains("alert(11)"), "\(path)")
                #expect(OutputScan.problems(inHTML: html) == [], "\(path)")
            }
        }
    }

    // MARK: JSON

    /// Every string in a JSON value.
    static func strings(_ value: Any) -> [String] {
        switch value {
        case let text as String: return [text]
        case let array as [Any]: return array.flatMap(strings)
        case let object as [String: Any]: return object.keys.map { $0 } + object.values.flatMap(strings)
        default: return []
        }
    }

    @Test func jsonLDGraphAndSearchIndexParseAndHoldThePayloadsIntact() throws {
        let site = try Self.site()
        defer { site.remove() }
        let built = try BuiltSite(site.root)
        defer { built.remove() }
        var jsonLD: [String] = []
        for (path, html) in built.pages {
            var rest = Substring(html)
            let open = #"<script type="application/ld+json">"#
            while let start = rest.range(of: open), let end = rest[start.upperBound...].range(of: "</script>") {
                let text = rest[start.upperBound..<end.lowerBound]
                let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
                jsonLD += Self.strings(value)
                #expect(!text.contains("<"), "\(path): a '<' inside a script element")
                rest = rest[end.upperBound...]
            }
        }
        for field in ["title", "summary", "actor-name", "claim-text", "profile-name"] {
            #expect(jsonLD.contains { $0.contains(Self.payload(field)) }, "JSON-LD lost or changed \(field)")
        }
        let graph = try JSONSerialization.jsonObject(with: try #require(built.data("data/graph.json")))
        let graphStrings = Set(Self.strings(graph))
        for field in Self.fields where !field.hasPrefix("site-") {
            #expect(graphStrings.contains(Self.payload(field)) || graphStrings.contains { $0.contains(Self.payload(field)) },
                    "graph.json lost or changed \(field)")
        }
        let script = try #require(built.text("assets/search-index.js"))
        let prefix = "window.DOSSIER_SEARCH=", suffix = ";\n"
        #expect(script.hasPrefix(prefix) && script.hasSuffix(suffix))
        #expect(!script.contains("<") && !script.contains("\u{2028}"))
        let index = try JSONSerialization.jsonObject(with: Data(script.dropFirst(prefix.count).dropLast(suffix.count).utf8))
        let indexed = Self.strings(index)
        for field in ["title", "summary", "actor-name", "claim-text", "alias"] {
            #expect(indexed.contains { $0.contains(Self.payload(field)) }, "search index lost \(field)")
        }
    }

    // MARK: XML

    @Test func feedsAndSitemapParseAsXMLAndHoldThePayloadsIntact() throws {
        let site = try Self.site()
        defer { site.remove() }
        let built = try BuiltSite(site.root)
        defer { built.remove() }
        let xmlFiles = FileTree.snapshot(built.output).keys.filter { $0.hasSuffix(".xml") }.sorted()
        #expect(xmlFiles.contains("feed.xml") && xmlFiles.contains("sitemap.xml") && xmlFiles.contains("actors/kim/feed.xml"))
        var texts: [String] = []
        for path in xmlFiles {
            let document = try XMLDocument(data: try #require(built.data(path)), options: [])
            let root = try #require(document.rootElement(), "\(path)")
            func walk(_ node: XMLNode) {
                if node.kind == .text, let text = node.stringValue { texts.append(text) }
                (node.children ?? []).forEach(walk)
            }
            walk(root)
            #expect(root.name == (path == "sitemap.xml" ? "urlset" : "feed"), "\(path)")
        }
        for field in ["title", "summary", "site-title", "actor-name", "claim-text"] {
            #expect(texts.contains { $0.contains(Self.payload(field)) }, "the feeds lost or changed \(field)")
        }
        let feed = try #require(built.text("feed.xml"))
        #expect(feed.contains(#"href="https://example.org/desk/briefs/hostile/""#))
    }

    // MARK: The checker itself

    @Test(arguments: [
        #"<a href="JaVaScRiPt:alert(1)">"#, #"<a href=" javascript:alert(1)">"#, "<a href='java\tscript:x'>",
        #"<a href="java&#x73;cript:x">"#, #"<a href="&#106;avascript:x">"#, #"<a href="javascript&colon;x">"#,
        #"<img src="data:image/png;base64,AA">"#, #"<a href=vbscript:x>"#, #"<a href="&#x0A;javascript:x">"#,
        #"<p onclick="x()">"#, #"<img/src="x"/onerror=alert(1)>"#, "<script>alert(1)</script>",
        #"<script src="https://evil.example/x.js"></script>"#, "<iframe>", "<svg onload=x>", "<a HREF='data:text/html,x'>",
    ])
    func theCheckerCatchesEachTrick(_ html: String) {
        #expect(!OutputScan.problems(inHTML: "<p>text</p>" + html).isEmpty, "\(html)")
    }

    @Test func theCheckerPassesTheThemesOwnScripts() {
        let html = #"<script type="application/ld+json">{"a":"\u003c/script\u003e"}</script>"#
            + #"<script src="../assets/search-index.js"></script><a href="../x/index.html">x</a><img src="https://e.org/i.png">"#
        #expect(OutputScan.problems(inHTML: html) == [])
    }
}
