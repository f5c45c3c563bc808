import Foundation
import Testing
@testable import DossierCore

/// Problems with whole files and across files: each at its file, line and column.
@Suite struct SiteDiagnosticTests {
    let brief = "Content/briefs/nk-troops.md"

    func diagnostics(_ files: [String: String]) throws -> [String] {
        let site = try Fixture.site(files)
        defer { site.remove() }
        return try site.diagnostics()
    }

    @Test func templateAndContentProblemsAreReportedInOneRun() throws {
        let lines = try diagnostics([brief: Fixture.brief(replacing: "kind: government", with: "kind: goverment"),
                                     "Templates/claim.mustache": "<h1>{{title}</h1>"])
        #expect(lines == [
            "\(brief):10:11: error: 'kind' cannot be 'goverment' (did you mean 'government'?); it takes one of: person, state, government, military, intelligence, armed-group, party, igo, ngo, media, company, other",
            "Templates/claim.mustache:1:12: error: this tag is not closed: a name ends with '}}'",
        ])
    }

    @Test func aBrokenTemplateFailsTheBuildAndLeavesTheOutputAsItWas() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let output = site.url("out")
        try SiteBuilder.build(root: site.root, output: output)
        let before = FileTree.snapshot(output)
        try site.write("Templates/claim.mustache", "{{#claims}}")
        #expect {
            try SiteBuilder.build(root: site.root, output: output)
        } throws: { error in
            guard case .contentHasErrors(let report) = error as? DossierError else { return false }
            return report.errors.map(\.description)
                == ["Templates/claim.mustache:1:12: error: the template ends inside a section: its closing tag ({{/name}}) is missing"]
        }
        #expect(FileTree.snapshot(output) == before)
    }

    /// libyaml does not always say that the character it stopped at is a tab.
    @Test func aTabThatIndentsYAMLIsNamed() throws {
        let text = "---\ntitle: Tabs\ndate: 2024-10-24\nclaims:\n  - id: tabbed\n    text: A claim.\n    stances:\n\t  - actor: kremlin\n---\nBody\n"
        let lines = try diagnostics(["Content/briefs/tabs.md": text])
        #expect(lines.contains("Content/briefs/tabs.md:8:1: error: front-matter is not valid YAML: found character that cannot start any token while scanning for the next token (a tab: YAML is indented with spaces only)"))
    }

    @Test func markdownThatIsNotReadIsAWarning() throws {
        let brief = Fixture.brief.replacingOccurrences(of: "title: North", with: "title: Other North")
        let lines = try diagnostics(["Content/briefs/second.markdown": brief, "Content/briefs/2024/third.MD": brief,
                                     "Content/actors/kremlin.markdown": "---\nname: K\n---\n",
                                     "Content/brief/typo.md": brief, "Content/stray.md": brief,
                                     "Content/briefs/map.png": "x", "Content/notes.txt": "x", "Content/.hidden/x.md": brief])
        #expect(lines == [
            "Content/actors/kremlin.markdown:1:1: warning: this file is not read: briefs and profiles are files ending in .md (rename it 'kremlin.md')",
            "Content/brief:1:1: warning: this is not read: Dossier reads briefs from Content/briefs/ and profiles from Content/actors/ (did you mean 'briefs'?)",
            "Content/briefs/2024/third.MD:1:1: warning: this file is not read: briefs and profiles are files ending in .md (rename it 'third.md')",
            "Content/briefs/second.markdown:1:1: warning: this file is not read: briefs and profiles are files ending in .md (rename it 'second.md')",
            "Content/stray.md:1:1: warning: this is not read: Dossier reads briefs from Content/briefs/ and profiles from Content/actors/",
        ])
    }

    @Test func aBuildThatFailsStillSaysWhatItDoesNotRead() throws {
        let site = try Fixture.site(["Content/briefs/second.markdown": "x",
                                     brief: Fixture.brief(replacing: "kind: government", with: "kind: goverment")])
        defer { site.remove() }
        #expect {
            try SiteBuilder.build(root: site.root, output: site.url("out"))
        } throws: { error in
            guard case .contentHasErrors(let report) = error as? DossierError else { return false }
            return report.errors.map(\.location.description) == ["\(brief):10:11"]
                && report.warnings.map(\.location.description) == ["Content/briefs/second.markdown:1:1"]
        }
    }

    /// The warning comes from each build's listing: a rebuild that finds nothing else
    /// changed still gives it, and stops giving it once the file is gone.
    @Test func aRebuildWarnsOfWhatItDoesNotReadAsItIsNow() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let output = site.url("out")
        let warning = "Content/briefs/second.markdown:1:1: warning: this file is not read: briefs and profiles are files ending in .md (rename it 'second.md')"
        #expect(!(try SiteBuilder.build(root: site.root, output: output)).diagnostics.map(\.description).contains(warning))
        try site.write("Content/briefs/second.markdown", "x")
        #expect(try SiteBuilder.build(root: site.root, output: output).diagnostics.map(\.description).contains(warning))
        try FileManager.default.removeItem(at: site.url("Content/briefs/second.markdown"))
        #expect(!(try SiteBuilder.build(root: site.root, output: output)).diagnostics.map(\.description).contains(warning))
    }

    @Test func emptyFile() throws {
        let lines = try diagnostics(["Content/briefs/empty.md": ""])
        #expect(lines == ["Content/briefs/empty.md:1:1: error: the file is empty: a brief starts with front-matter between two '---' lines"])
    }

    @Test func noFrontMatter() throws {
        let lines = try diagnostics(["Content/briefs/plain.md": "# Just a heading\n"])
        #expect(lines == ["Content/briefs/plain.md:1:1: error: no front-matter: the first line must be '---'"])
    }

    @Test func unterminatedFrontMatter() throws {
        let lines = try diagnostics(["Content/briefs/open.md": "---\ntitle: Open\ndate: 2024-10-24\n"])
        #expect(lines == ["Content/briefs/open.md:1:1: error: the front-matter is not closed: no line '---' after the first"])
    }

    @Test func notUTF8() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        try site.write("Content/briefs/latin1.md", Data("---\ntitle: Caf".utf8) + Data([0xE9]) + Data("\n---\n".utf8))
        #expect(try site.diagnostics() == ["Content/briefs/latin1.md:2:11: error: this file is not UTF-8 text: save it as UTF-8"])
    }

    @Test func unreadableFile() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.url("Content/actors/ghost.md"), withIntermediateDirectories: true)
        // A folder named like a profile is an error, never opened (docs/writing-briefs.md).
        #expect(try site.diagnostics() == ["Content/actors/ghost.md:1:1: error: this is a folder, not a file"])
    }

    @Test func badFileName() throws {
        let text = Fixture.brief.replacingOccurrences(of: "title: North", with: "title: Other North")
        let lines = try diagnostics(["Content/briefs/Troops_2024.md": text])
        #expect(lines.contains("Content/briefs/Troops_2024.md:1:1: error: the file name 'Troops_2024' is not a valid slug: it has upper-case letters (did you mean 'troops-2024'?)"))
    }

    @Test func duplicateSlugInSubfolder() throws {
        let lines = try diagnostics(["Content/briefs/2024/nk-troops.md": Fixture.brief])
        #expect(lines.contains("Content/briefs/nk-troops.md:1:1: error: slug 'nk-troops' is already used by Content/briefs/2024/nk-troops.md: brief file names must be unique"))
    }

    @Test func roleInProfile() throws {
        let profile = "---\nname: Lloyd Austin\nrole: Secretary\n---\nBio.\n"
        let lines = try diagnostics(["Content/actors/lloyd-austin.md": profile])
        #expect(lines == ["Content/actors/lloyd-austin.md:3:1: error: 'role' belongs to a brief, not to a profile: give it in the brief's actors list"])
    }

    @Test func claimTextDisagreesAcrossBriefs() throws {
        let second = """
        ---
        title: Follow-up
        date: 2024-10-30
        claims:
          - id: troops-sent
            text: North Korea sent soldiers to Russia.
        ---
        Body.
        """
        let lines = try diagnostics(["Content/briefs/follow-up.md": second])
        #expect(lines == ["Content/briefs/nk-troops.md:14:11: error: claim 'troops-sent': text 'North Korea has sent troops to Russia.' disagrees with 'North Korea sent soldiers to Russia.' given at Content/briefs/follow-up.md:6:11"])
    }

    @Test func measureLabelDisagreesWithinABrief() throws {
        let text = Fixture.brief(replacing: "sources:\n", with: """
        - measure: nk-troops
            label: Troops
            value: 10000
        sources:

        """.replacingOccurrences(of: "- measure", with: "  - measure"))
        let lines = try diagnostics([brief: text])
        #expect(lines == ["\(brief):33:12: error: measure 'nk-troops': label 'Troops' disagrees with 'North Korean troops in Russia' given at \(brief):25:12"])
    }

    @Test func settingsAreChecked() throws {
        let lines = try diagnostics(["dossier.yml": "title: Desk\nbase_url: ftp://example.org\nlanguage: english\ntheme: dark\n"])
        #expect(lines == [
            "dossier.yml:2:11: error: 'base_url' must be an http or https address, not 'ftp://example.org'",
            "dossier.yml:3:11: error: 'language' must be a language tag such as 'en' or 'en-GB', not 'english'",
            "dossier.yml:4:1: error: unknown field 'theme' in dossier.yml; its fields are: title, description, base_url, language, unsafe_html",
        ])
    }

    @Test func publishedBriefUsingAnActorDeclaredOnlyInADraft() throws {
        let draft = """
        ---
        title: Draft
        date: 2024-11-01
        draft: true
        actors:
          - id: kim-jong-un
            name: Kim Jong Un
            kind: person
        ---
        Draft body.
        """
        let text = Fixture.brief(replacing: "The [Kremlin]", with: "[Kim](actor:kim-jong-un) and the [Kremlin]")
        let lines = try diagnostics(["Content/briefs/draft.md": draft, brief: text])
        #expect(lines == ["\(brief):41:7: error: actor 'kim-jong-un' is declared only in a draft brief, which this build leaves out (use --drafts)"])
        let site = try Fixture.site(["Content/briefs/draft.md": draft, brief: text])
        defer { site.remove() }
        #expect(try site.diagnostics(drafts: true).isEmpty)
    }

    @Test func valuesAreReadAsTheirFieldExpects() throws {
        let text = Fixture.brief(replacing: "title: North Korean troops in Russia", with: "title: yes")
            .replacingOccurrences(of: "country: RU", with: "country: NO")
        let site = try Fixture.site([brief: text])
        defer { site.remove() }
        let (graph, report) = try site.check()
        #expect(report.diagnostics.isEmpty)
        #expect(graph?.briefs.first?.title == "yes")
        #expect(graph?.actors["kremlin"]?.country == "NO")
    }

    @Test func aBrokenFileDoesNotCascadeIntoUnknownIDs() throws {
        let second = """
        ---
        title: Second
        date: 2024-10-30
        actors: [lloyd-austin, kremlin
        ---
        Body.
        """
        // The fixture brief declares kremlin; a third brief that cannot be parsed must not
        // make every use of ids declared elsewhere an error.
        let broken = Fixture.brief.replacingOccurrences(of: "date: 2024-10-24", with: "date: 2024-10-24\ndate: 2024-10-25")
        let lines = try diagnostics(["Content/briefs/second.md": second, brief: broken])
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("Content/briefs/nk-troops.md:4:1: error: duplicate key 'date'"))
        #expect(lines[1].hasPrefix("Content/briefs/second.md:5:1: error: front-matter is not valid YAML"))
    }

    @Test func aKeyGivenTwiceIsReportedAndTheRestOfTheFileIsStillChecked() throws {
        // The second 'summary' and the list under it are left out; what follows keeps
        // its line numbers, and the first error after them is still found.
        let text = Fixture.brief(replacing: "sources:\n", with: "summary:\n  - a list\n  - left out\nsources:\n")
            .replacingOccurrences(of: "grade: A", with: "grade: G")
        let lines = try diagnostics([brief: text])
        #expect(lines == [
            "\(brief):32:1: error: duplicate key 'summary': each field may be given once",
            "\(brief):40:12: error: 'grade' cannot be 'G'; it takes one of: A, B, C, D, E, F",
        ])
    }

    @Test func keysGivenTwiceInsideAListItemAreEachReportedWhereTheyAreRepeated() throws {
        let text = Fixture.brief(replacing: "    role: US Defence Secretary\n",
                                 with: "    role: US Defence Secretary\n    role: Secretary\n    'role': Again\n")
        let lines = try diagnostics([brief: text])
        #expect(lines == [
            "\(brief):8:5: error: duplicate key 'role': each field may be given once",
            "\(brief):9:5: error: duplicate key 'role': each field may be given once",
        ])
    }

    @Test func aFileWithCRLFEndingsIsReportedAtTheSameLinesAsWithLF() throws {
        let duplicate = Fixture.brief(replacing: "date: 2024-10-24\n", with: "date: 2024-10-24\ntitle: Again\n")
        let alias = Fixture.brief(replacing: "    value: 3000", with: "    value: *big")
        for text in [duplicate, alias] {
            let lf = try diagnostics([brief: text])
            let crlf = try diagnostics([brief: text.replacingOccurrences(of: "\n", with: "\r\n")])
            #expect(lf.count == 1)
            #expect(crlf == lf)
        }
        #expect(try diagnostics([brief: alias]).first?.hasPrefix("\(brief):26:12: error: aliases") == true)
    }

    @Test func readingStopsAfterTwentyKeysGivenTwice() throws {
        let repeated = (0..<25).map { _ in "title: Again\n" }.joined()
        let text = Fixture.brief(replacing: "sources:\n", with: repeated + "sources:\n")
            .replacingOccurrences(of: "grade: A", with: "grade: G")
        let lines = try diagnostics([brief: text])
        // Each key given again costs a whole parse of the front-matter.
        #expect(lines.count == YAMLDocument.maximumDuplicates)
        #expect(lines.allSatisfy { $0.contains("duplicate key 'title'") })
        #expect(lines.last?.hasPrefix("\(brief):\(31 + YAMLDocument.maximumDuplicates):1:") == true)
    }

    @Test func datesUpToTheBriefsUpdateAreNotWarnedOf() throws {
        let text = Fixture.brief(replacing: "summary:", with: "updated: 2024-11-02\nsummary:")
            .replacingOccurrences(of: "        stance: denies\n", with: "        stance: denies\n        date: 2024-11-01\n")
            .replacingOccurrences(of: "    grade: A", with: "    grade: A\n    date: 2024-11-02")
        #expect(try diagnostics([brief: text]) == [])
        let later = text.replacingOccurrences(of: "date: 2024-11-01", with: "date: 2024-11-03")
        #expect(try diagnostics([brief: later]) == [
            "\(brief):23:15: warning: 'date' (2024-11-03) is after the brief's 'updated' (2024-11-02): a stance it reports cannot be dated later",
        ])
    }

    @Test func referencesThatAreNotLinksAreWarnedOfOutsideCodeOnly() throws {
        let text = Fixture.brief + "\nWritten `[x](actor: kremlin)` in code, and\n\n    [x] (claim:troops-sent)\n\n"
            + "then (actor:kremlin) and (source:pentagon) in one line.\n"
        let lines = try diagnostics([brief: text])
        #expect(lines.map { $0.prefix { $0 != " " } } == ["\(brief):46:6:", "\(brief):46:26:"])
        #expect(lines.first?.contains("'(actor:' is in the text, not in a link") == true)
        #expect(lines.last?.contains("'(source:' is in the text, not in a link") == true)
    }

    @Test func everyProblemOfARunIsReportedSortedWithACount() throws {
        let text = Fixture.brief(replacing: "kind: government", with: "kind: govt")
            .replacingOccurrences(of: "(actor:kremlin)", with: "(actor:kremlim)")
        let other = "---\ntitle: Other\ndate: 2024-1-1\n---\n"
        let site = try Fixture.site([brief: text, "Content/briefs/a-other.md": other])
        defer { site.remove() }
        let report = try site.check().1
        #expect(report.diagnostics.map(\.location.description) == [
            "Content/briefs/a-other.md:3:7", "\(brief):10:11", "\(brief):41:15",
        ])
        #expect(report.summary == "3 errors in 2 files")
    }

    @Test func aLongReportIsCapped() throws {
        let many = (0..<30).map { Diagnostic.error("problem \($0)", at: SourceLocation(path: "x.md", line: $0 + 1)) }
        let lines = DiagnosticReport(many).lines(limit: 10)
        #expect(lines.count == 11)
        #expect(lines.last == "… and 20 more")
    }
}

@Suite struct HostileFrontMatterTests {
    @Test func deepFlowNestingIsAnErrorNotACrash() throws {
        let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let site = try Fixture.site(["Content/briefs/deep.md": "---\ntitle: Deep\ndate: 2024-10-24\nsummary: \(deep)\n---\n"])
        defer { site.remove() }
        #expect(try site.diagnostics() == ["Content/briefs/deep.md:4:74: error: front-matter is nested too deeply (more than 64 levels)"])
    }

    @Test func deepIndentationIsAnErrorNotACrash() throws {
        var yaml = "title: Deep\ndate: 2024-10-24\nsummary:\n"
        for level in 1...300 { yaml += String(repeating: " ", count: level) + "k\(level):\n" }
        let site = try Fixture.site(["Content/briefs/deep.md": "---\n\(yaml)---\n"])
        defer { site.remove() }
        let lines = try site.diagnostics()
        #expect(lines == ["Content/briefs/deep.md:133:129: error: front-matter is nested too deeply (more than 64 levels)"])
    }

    @Test func bracketsInATextAreNotNesting() throws {
        let brackets = String(repeating: "[", count: 100)
        let site = try Fixture.site(["Content/briefs/text.md": "---\ntitle: Text\ndate: 2024-10-24\nsummary: \"\(brackets)\"\n---\n"])
        defer { site.remove() }
        let (graph, report) = try site.check()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(graph?.brief("text")?.summary == brackets)
    }

    @Test func aliasBombIsRefused() throws {
        let bomb = """
        ---
        title: Bomb
        date: 2024-10-24
        a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]
        ---
        """
        let site = try Fixture.site(["Content/briefs/bomb.md": bomb])
        defer { site.remove() }
        // Refused at the first alias, before Yams composes (and expands) anything.
        #expect(try site.diagnostics() == [
            "Content/briefs/bomb.md:5:8: error: aliases (*name) are not allowed in front-matter: write the value out (a text that starts with '*' needs quotes)",
        ])
    }
}
