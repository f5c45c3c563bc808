import Foundation
import Testing
@testable import DossierCore

/// The compiled templates give the same bytes as swift-mustache, page for page.
@Suite struct RenderFastTemplateTests {
    static func pages(_ root: URL, compiled: Bool) throws -> [String: [UInt8]] {
        let (linked, report) = try Checker.check(root: root)
        let graph = try #require(linked, "\(report.lines())")
        let theme = try Theme.load(overrides: [:], compiled: compiled)
        #expect(theme.isCompiled == compiled)
        return Dictionary(uniqueKeysWithValues: try SiteRenderer.pages(for: graph, theme: theme).map { ($0.path, $0.bytes) })
    }

    static func expectSame(_ root: URL) throws {
        let fast = try pages(root, compiled: true), reference = try pages(root, compiled: false)
        #expect(fast.keys.sorted() == reference.keys.sorted())
        for (path, bytes) in reference where fast[path] != bytes {
            Issue.record("\(path) differs between the compiled templates and swift-mustache")
        }
    }

    @Test func theExampleAndTheFixtureRenderAlike() throws {
        try Self.expectSame(Repository.root)
        try Self.expectSame(SiteOutputTests.fixture)
    }

    @Test func generatedBriefsRenderAlike() throws {
        let corpus = FileTree.temporaryFolder("render-corpus")
        defer { try? FileManager.default.removeItem(at: corpus) }
        try Repository.generateCorpus(briefs: 150, into: corpus)
        try Self.expectSame(corpus)
    }

    /// Mustache's whitespace rules, on small templates with edge cases.
    @Test(arguments: [
        "a\n  {{#items}}\n  - {{name}}\n  {{/items}}\nb\n",
        "{{#items}}{{name}}, {{/items}}{{^items}}none{{/items}}",
        "  {{> item}}\n  {{> item}}\n",
        "{{< frame}}\n  {{$body}}\n    inner {{title}}\n    second\n  {{/body}}\n{{/frame}}\n",
        "{{! comment }}\n{{title}} {{{raw}}} {{&raw}} {{.title}}\n  {{! standalone }}\nend",
        "{{#nested}}{{#deep}}{{title}}/{{name}}{{/deep}}{{/nested}}",
        "{{#flag}}yes{{/flag}}{{^flag}}no{{/flag}} {{missing}}{{^missing}}absent{{/missing}}",
    ])
    func smallTemplatesRenderAlike(_ template: String) throws {
        let partials = ["item": "<li>{{title}}</li>\n", "frame": "<div>\n  {{$body}}default{{/body}}\n</div>\n"]
        struct Item: Encodable { var name: String }
        struct Deep: Encodable { var name = "d" }
        struct Nested: Encodable { var deep = Deep() }
        struct Model: Encodable {
            var title = "T <&> \"q\" 'a'"
            var raw = "<b>raw</b>"
            var flag = false
            var items = [Item(name: "x"), Item(name: "y")]
            var nested = Nested()
        }
        var files = partials.mapValues { $0 }
        files["page"] = template
        let fast = try Theme.load(overrides: files.mapKeysToTemplates(), compiled: true)
        let reference = try Theme.load(overrides: files.mapKeysToTemplates(), compiled: false)
        #expect(fast.isCompiled)
        #expect(try fast.render("page", Model()) == reference.render("page", Model()))
    }

    @Test func aTemplateOutsideTheSubsetFallsBackToSwiftMustache() throws {
        let theme = try Theme.load(overrides: ["home.mustache": "{{=<% %>=}}<%title%>"])
        #expect(!theme.isCompiled)
        struct Model: Encodable { var title = "ok" }
        #expect(try theme.render("home", Model()) == Array("ok".utf8))
    }
}

extension Dictionary where Key == String, Value == String {
    func mapKeysToTemplates() -> [String: String] {
        Dictionary(uniqueKeysWithValues: map { ($0.key + ".mustache", $0.value) })
    }
}
