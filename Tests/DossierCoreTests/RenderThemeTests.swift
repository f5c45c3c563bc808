import Foundation
import Testing
@testable import DossierCore

@Suite struct RenderThemeTests {
    @Test func theEmbeddedThemeMatchesTheTemplatesFolder() throws {
        let folder = Repository.root.appendingPathComponent("Templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".mustache") || $0 == "style.css" || $0 == "search.js" }
        var files: [String: String] = [:]
        for name in names {
            files[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        let stale = Set(files.keys).symmetricDifference(builtinTheme.keys)
            .union(files.keys.filter { files[$0] != builtinTheme[$0] })
        #expect(stale.isEmpty, "BuiltinTheme.swift is stale for \(stale.sorted()): run python3 scripts/embed_theme.py")
    }

    @Test func theBuiltinThemeLoads() throws {
        let theme = try Theme.load(overrides: [:])
        #expect(theme.stylesheet.contains("@media print"))
    }

    @Test func aMissingPartialInAnOverrideIsAnError() {
        let override = "{{< layout}}{{$main}}{{> judgement-list}}{{/main}}{{/layout}}"
        #expect {
            try Theme.load(overrides: ["brief.mustache": override])
        } throws: { error in
            guard case .template(let name, let reason) = error as? DossierError else { return false }
            return name == "brief.mustache" && reason.contains("judgement-list")
        }
    }

    @Test func aMissingParentIsAnError() {
        #expect(throws: DossierError.self) {
            try Theme.load(overrides: ["home.mustache": "{{<page}}{{$main}}hi{{/main}}{{/page}}"])
        }
    }

    @Test func aTemplateThatDoesNotParseIsAnError() {
        #expect {
            try Theme.load(overrides: ["claim.mustache": "{{#claims}}unclosed"])
        } throws: { error in
            guard case .template(let name, _) = error as? DossierError else { return false }
            return name == "claim.mustache"
        }
    }

    @Test func partialNamesAreFoundWithOrWithoutSpaces() {
        let names = PartialNames.find(in: "{{> a}}{{>b}}{{< c }}{{$x}}{{/x}}{{/c}}{{>*dynamic}}{{! > not}}{{name}}")
        #expect(names == ["a", "b", "c"])
        let more = PartialNames.find(in: "{{{raw}}}{{{{> é }}}{{>\u{A0}nb\u{A0}}}\n{{> a}}{{>  é}}{{> after-unclosed")
        #expect(more == ["nb", "a", "é"])
    }

    @Test func anOverrideReplacesTheBuiltinTemplate() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let graph = try #require(try site.check().0)
        let custom = "{{< layout}}{{$main}}<p>Lost? {{home}}</p>{{/main}}{{/layout}}"
        let theme = try Theme.load(overrides: ["not-found.mustache": custom, "style.css": "body{}"])
        let pages = try SiteRenderer.pages(for: graph, theme: theme)
        let notFound = try #require(pages.first { $0.path == "404.html" })
        #expect(String(decoding: notFound.bytes, as: UTF8.self).contains("<p>Lost? /index.html</p>"))
        let css = try #require(pages.first { $0.path == "assets/style.css" })
        #expect(css.bytes == Array("body{}".utf8))
    }
}
