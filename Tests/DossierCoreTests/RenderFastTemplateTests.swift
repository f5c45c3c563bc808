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
        try Repository.withGeneratedCorpus(briefs: 150, named: "render-corpus", Self.expectSame)
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
        "{{< frame}}\n{{/frame}}\n{{< frame}}{{$other}}unused{{/other}}{{/frame}}",
        "<ul>\n  {{#items}}\n    {{> item}}\n  {{/items}}\n</ul>\n  {{< frame}}\n    {{$body}}\n      {{> item}}\n    {{/body}}\n  {{/frame}}\n",
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

/// LinkView, DateView and Badge skip the `Encoder` on their way to the templates: they
/// must give the very fields their `Encodable` conformance gives.
@Suite struct DirectTemplateValueTests {
    static func fields(_ value: TemplateValue) -> [String: String] {
        guard case .dictionary(let box) = value else { return [:] }
        var fields: [String: String] = [:]
        for field in box.fields {
            switch field.value {
            case .text(let text): fields[field.name] = text
            case .flag(let flag): fields[field.name] = String(flag)
            default: fields[field.name] = "?"
            }
        }
        return fields
    }

    static func encoded(_ value: some Encodable) throws -> [String: String] {
        let object = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(value)) as? [String: Any] ?? [:]
        return object.mapValues { value in
            if let flag = value as? Bool { return String(flag) }
            return value as? String ?? "?"
        }
    }

    @Test func theyGiveTheFieldsTheirEncodableGives() throws {
        var link = LinkView(external: "Pentagon <remarks>", url: "https://example.org/a?b=1&c")
        #expect(Self.fields(link.templateValue) == (try Self.encoded(link)))
        link = .plain("no link")
        #expect(Self.fields(link.templateValue) == (try Self.encoded(link)))
        let date = DateView.undated(reportedOn: Day("2024-10-23")!)
        #expect(Self.fields(date.templateValue) == (try Self.encoded(date)))
        let badge = Badge.status(.contested)
        #expect(Self.fields(badge.templateValue) == (try Self.encoded(badge)))
        #expect(Self.fields(badge.templateValue).count == 3)
    }
}
