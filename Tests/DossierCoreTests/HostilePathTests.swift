import Foundation
import Testing
@testable import DossierCore

/// Ids, slugs and file names become paths only once validated, nothing is written outside
/// the output folder, and links, pipes and folders where a file is expected are errors at
/// their path (the rules are in docs/writing-briefs.md, "Links, pipes and other odd files").
@Suite struct HostilePathTests {
    @Test(arguments: ["..", ".", "a/../../b", "../../etc", "/etc/passwd", "a\\b", "%2e%2e", "x\u{0}y", "CON", "ａ"])
    func anIdThatIsNotAnIdIsAnErrorAndNothingIsWritten(_ id: String) throws {
        let quoted = JSONValue.string(id).compact
        for (old, new) in [("  - id: kremlin\n", "  - id: \(quoted)\n"), ("  - measure: nk-troops", "  - measure: \(quoted)"),
                           ("  - id: troops-sent", "  - id: \(quoted)"), ("  - id: pentagon", "  - id: \(quoted)")] {
            let site = try Fixture.site(["Content/briefs/nk-troops.md": Fixture.brief(replacing: old, with: new)])
            defer { site.remove() }
            let lines = try site.diagnostics()
            #expect(lines.contains { $0.contains("is not a valid") }, "\(id) as \(old): \(lines)")
            let output = site.url("out")
            #expect(throws: DossierError.self) { try SiteBuilder.build(root: site.root, output: output) }
            #expect(!FileManager.default.fileExists(atPath: output.path))
        }
    }

    @Test(arguments: ["a..md", "a b.md", "UPPER.md", "é.md", "a--b.md", "-a.md", "a%2f..md"])
    func aFileNameThatIsNotASlugIsAnError(_ name: String) throws {
        let site = try Fixture.site(["Content/briefs/\(name)": Fixture.brief])
        defer { site.remove() }
        let lines = try site.diagnostics()
        #expect(lines.contains { $0.hasPrefix("Content/briefs/\(name):1:1: error: the file name") }, "\(lines)")
    }

    @Test(arguments: ["actor:../../x", "claim:..%2f", "figure:/etc/passwd", "brief:../index", "source:a/b"])
    func aReferenceThatIsNotAnIdIsAnError(_ target: String) throws {
        let site = try Fixture.site(["Content/briefs/nk-troops.md": Fixture.brief + "\n[x](\(target))\n"])
        defer { site.remove() }
        #expect(try site.check().0 == nil)
    }

    /// Every file a build writes is below the output folder, whatever the content.
    @Test func everyWrittenPathIsInsideTheOutput() throws {
        let site = try HostileInjectionTests.site()
        defer { site.remove() }
        let (graph, _) = try site.check()
        let pages = try SiteRenderer.pages(for: try #require(graph), theme: Theme.load(overrides: [:]))
        for page in pages {
            let parts = page.path.split(separator: "/", omittingEmptySubsequences: false)
            #expect(!page.path.hasPrefix("/") && !parts.contains("..") && !parts.contains(".") && !parts.contains(""), "\(page.path)")
        }
    }

    // MARK: Links, pipes and folders in the site

    private func symlink(_ site: TestSite, _ path: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: site.url(path).path, withDestinationPath: target)
    }

    @Test func aLinkToABriefInsideTheSiteIsRead() throws {
        let site = try Fixture.site(["Drafts/other.md": "---\ntitle: Linked\ndate: 2024-10-20\n---\nText.\n"])
        defer { site.remove() }
        try symlink(site, "Content/briefs/linked.md", to: "../../Drafts/other.md")
        let (graph, report) = try site.check()
        #expect(report.errors.isEmpty, "\(report.diagnostics)")
        #expect(graph?.brief("linked")?.title == "Linked")
    }

    @Test func aLinkOutOfTheSiteIsAnError() throws {
        let outside = FileTree.temporaryFolder("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        try Data(Fixture.brief.utf8).write(to: outside.appendingPathComponent("secret.md"))
        let site = try Fixture.site()
        defer { site.remove() }
        try symlink(site, "Content/briefs/secret.md", to: outside.appendingPathComponent("secret.md").path)
        try symlink(site, "Content/actors/passwd.md", to: "/etc/passwd")
        let lines = try site.diagnostics()
        #expect(lines.contains { $0.hasPrefix("Content/briefs/secret.md:1:1: error: this is a symbolic link to ") && $0.hasSuffix("outside the site folder: Dossier reads only files inside it") })
        #expect(lines.contains { $0.hasPrefix("Content/actors/passwd.md:1:1: error: this is a symbolic link to /etc/passwd, outside") })
        #expect(!lines.contains { $0.contains("root:") })
    }

    @Test func aLinkedFolderIsNotFollowedAndALoopCannotHang() throws {
        let site = try Fixture.site(["Archive/old.md": Fixture.brief])
        defer { site.remove() }
        try symlink(site, "Content/briefs/archive", to: "../../Archive")
        try symlink(site, "Content/briefs/loop", to: ".")
        let lines = try site.diagnostics()
        #expect(lines.contains("Content/briefs/archive:1:1: error: this is a symbolic link to a folder: linked folders are not followed; link the files one by one, or move the folder here"))
        #expect(lines.contains { $0.hasPrefix("Content/briefs/loop:1:1: error: this is a symbolic link to a folder") })
    }

    @Test func aDanglingLinkIsAnError() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        try symlink(site, "Content/briefs/gone.md", to: "nowhere.md")
        #expect(try site.diagnostics().contains("Content/briefs/gone.md:1:1: error: this is a symbolic link to something that does not exist"))
    }

    @Test func aPipeNamedLikeABriefIsAnErrorNotAHang() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        #expect(mkfifo(site.url("Content/briefs/pipe.md").path, 0o644) == 0)
        let lines = try site.diagnostics()
        #expect(lines.contains("Content/briefs/pipe.md:1:1: error: this is not a regular file (a pipe, socket or device): Dossier reads only regular files"))
    }

    @Test func aPipeInTemplatesOrAsSettingsIsAnErrorNotAHang() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.url("Templates"), withIntermediateDirectories: true)
        #expect(mkfifo(site.url("Templates/home.mustache").path, 0o644) == 0)
        #expect(throws: DossierError.self) { try SiteBuilder.build(root: site.root, output: site.url("out")) }
        #expect(try site.diagnostics().contains { $0.hasPrefix("Templates/home.mustache:1:1: error: this is not a regular file") })
        // A partial that cannot be read is reported once, not also as missing where it is included.
        try site.write("Templates/brief-item.mustache", "{{title}}{{> footer}}")
        #expect(mkfifo(site.url("Templates/footer.mustache").path, 0o644) == 0)
        let footer = try site.diagnostics().filter { $0.contains("footer") }
        #expect(footer.count == 1 && footer[0].hasPrefix("Templates/footer.mustache:1:1: error: this is not a regular file"), "\(footer)")
        #expect(mkfifo(site.url("dossier.yml").path, 0o644) == 0)
        #expect(try site.diagnostics().contains { $0.hasPrefix("dossier.yml:1:1: error: this is not a regular file") })
    }

    @Test func aFolderNamedLikeAProfileIsAnError() throws {
        let site = try Fixture.site(["Content/actors/kremlin.md/notes.txt": "x"])
        defer { site.remove() }
        #expect(try site.diagnostics().contains("Content/actors/kremlin.md:1:1: error: this is a folder, not a file"))
    }

    @Test func anUnreadableBriefHoldsBackUnknownIdErrorsAndFailsTheBuild() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let output = site.url("out")
        try SiteBuilder.build(root: site.root, output: output)
        let before = FileTree.snapshot(output)
        try symlink(site, "Content/briefs/gone.md", to: "nowhere.md")
        #expect(throws: DossierError.self) { try SiteBuilder.build(root: site.root, output: output) }
        #expect(FileTree.snapshot(output) == before)
    }
}
