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

    /// The diagnostics `Theme.load` reports for these overrides, as printed.
    private func problems(_ overrides: [String: String]) -> [String] {
        do {
            return try Theme.load(overrides: overrides).warnings.map(\.description)
        } catch .contentHasErrors(let report) {
            return report.diagnostics.map(\.description)
        } catch {
            return ["not a content error: \(error)"]
        }
    }

    @Test func aMissingPartialInAnOverrideIsAnErrorAtItsTag() {
        let override = "{{< layout}}{{$main}}\n  <p>{{> judgement-list}}</p>{{/main}}{{/layout}}"
        #expect(problems(["brief.mustache": override])
                == ["Templates/brief.mustache:2:6: error: there is no template judgement-list.mustache for this partial"])
    }

    @Test func aMissingParentIsAnErrorWithTheNameMeant() {
        #expect(problems(["home.mustache": "{{<layot}}{{$main}}hi{{/main}}{{/layot}}"])
                == ["Templates/home.mustache:1:1: error: there is no template layot.mustache for this parent (did you mean 'layout'?)"])
    }

    @Test func aTemplateThatDoesNotParseIsAnErrorAtItsLineAndColumn() {
        #expect(problems(["claim.mustache": "<h1>\n{{#claims}}unclosed"])
                == ["Templates/claim.mustache:2:20: error: the template ends inside a section: its closing tag ({{/name}}) is missing"])
        #expect(problems(["claim.mustache": "<h1>{{title}</h1>"])
                == ["Templates/claim.mustache:1:12: error: this tag is not closed: a name ends with '}}'"])
        #expect(problems(["claim.mustache": "{{#claims}}{{/briefs}}"])
                == ["Templates/claim.mustache:1:15: error: this closing tag does not match the section opened last"])
    }

    @Test func everyBrokenTemplateIsReportedInOneRun() {
        let lines = problems(["claim.mustache": "{{#claims}}", "figure.mustache": "{{> nothing}}", "home.mustache": "{{title"])
        #expect(lines.map { $0.prefix { $0 != ":" } }
                == ["Templates/claim.mustache", "Templates/figure.mustache", "Templates/home.mustache"])
    }

    @Test func aFileOfTheSiteThatNoPageUsesIsAWarning() {
        let lines = problems(["breif.mustache": "x", "footer.mustache": "<footer>", "style.cs": "body{}",
                              "brief-item.mustache": "{{title}}{{> footer}}"])
        #expect(lines == [
            "Templates/breif.mustache:1:1: warning: no page uses this template: the theme has none of this name and no template includes it (did you mean 'brief.mustache'?)",
            "Templates/style.cs:1:1: warning: this file is not used: the theme's files are its .mustache templates, style.css and search.js (did you mean 'style.css'?)",
        ])
    }

    @Test func aNameNoPageGivesIsAWarningAtItsTag() {
        let override = "{{< layout}}{{$main}}\n<h1>{{titel}}</h1>{{#claimz}}{{text}}{{/claimz}}\n{{count(briefz)}}{{page.titel}}{{/main}}{{/layout}}"
        #expect(problems(["brief.mustache": override]) == [
            "Templates/brief.mustache:2:5: warning: no page has a field 'titel': it shows nothing (did you mean 'title'?)",
            "Templates/brief.mustache:2:19: warning: no page has a field 'claimz': it shows nothing (did you mean 'claims'?)",
            "Templates/brief.mustache:3:1: warning: no page has a field 'briefz': it shows nothing (did you mean 'briefs'?)",
            "Templates/brief.mustache:3:18: warning: no page has a field 'page': it shows nothing",
        ])
    }

    @Test func namesEveryPageOrListGivesAreNotWarnedOf() {
        let override = "{{< layout}}{{$main}}{{{title}}}{{&title}}{{.}}{{! titel }}{{^claims}}none{{/claims}}"
            + "{{#briefs}}{{#first}}first{{/first}}{{index}}{{/briefs}}{{count(briefs)}}{{/main}}{{/layout}}"
        #expect(problems(["brief.mustache": override]) == [])
        // After its delimiters change, a template cannot be read with the default ones.
        #expect(problems(["brief.mustache": "{{=<% %>=}}<% titel %>"]) == [])
    }

    @Test func partialNamesAreFoundWithOrWithoutSpaces() {
        let names = PartialNames.find(in: "{{> a}}{{>b}}{{< c }}{{$x}}{{/x}}{{/c}}{{>*dynamic}}{{! > not}}{{name}}")
        #expect(names.map(\.name) == ["a", "b", "c"])
        #expect(names.map(\.isParent) == [false, false, true])
        let more = PartialNames.find(in: "{{{raw}}}{{{{> é }}}{{>\u{A0}nb\u{A0}}}\n{{> a}}{{>  é}}{{> after-unclosed")
        #expect(more.map(\.name) == ["nb", "a", "é"])
    }

    @Test func partialTagsAreFoundAtTheirLineAndColumnInCharacters() {
        let tags = PartialNames.find(in: "<p>é</p>{{> a}}\n\n  {{< b}}{{/b}} {{> a}}")
        #expect(tags.map { "\($0.name) \($0.line):\($0.column)" } == ["a 1:9", "b 3:3"])
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
