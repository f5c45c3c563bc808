import Foundation
import Testing
@testable import DossierCore

/// A rebuild does not check again the uses of briefs unchanged since the last successful
/// build when the site declares the same ids; whenever either differs, it does.
@Suite struct UseCheckTests {
    static let declares = "---\ntitle: Declares\ndate: 2024-10-25\nactors:\n  - id: kim\n    name: Kim Jong Un\n    kind: person\n---\nText.\n"
    static let uses = "---\ntitle: Uses\ndate: 2024-10-26\n---\nThe leader [Kim](actor:kim) again.\n"

    static func site() throws -> TestSite {
        try Fixture.site(["Content/briefs/declares.md": declares, "Content/briefs/uses.md": uses])
    }

    /// The errors of a build, as printed; none when it succeeds.
    static func errors(_ site: TestSite, _ timings: Timings = Timings()) -> [String] {
        do {
            try SiteBuilder.build(root: site.root, output: site.url("site"), timings: timings)
            return []
        } catch .contentHasErrors(let report) {
            return report.errors.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test func onlyTheEditedBriefIsCheckedWhenTheIdsAreTheSame() throws {
        let site = try Self.site()
        defer { site.remove() }
        let first = Timings()
        #expect(Self.errors(site, first) == [])
        #expect(first.counted("uses checked") == 3)
        try site.write("Content/briefs/uses.md", Self.uses.replacingOccurrences(of: "again", with: "once more"))
        let second = Timings()
        #expect(Self.errors(site, second) == [])
        #expect(second.counted("uses checked") == 1)
        // A new id: every brief is checked against the new set.
        try site.write("Content/briefs/new.md", Self.declares.replacingOccurrences(of: "kim", with: "choe"))
        let third = Timings()
        #expect(Self.errors(site, third) == [])
        #expect(third.counted("uses checked") == 4)
    }

    /// The brief using the id is unchanged, but the id it uses is gone.
    @Test func anUnchangedBriefIsCheckedWhenAnIdItUsesIsGone() throws {
        let site = try Self.site()
        defer { site.remove() }
        #expect(Self.errors(site) == [])
        try site.write("Content/briefs/declares.md", Self.declares.replacingOccurrences(of: "id: kim", with: "id: kim-jong-un"))
        #expect(Self.errors(site) == ["Content/briefs/uses.md:5:18: error: unknown actor 'kim'"])
    }

    /// A failed build does not make a brief's uses known good: only a successful one does.
    @Test func aBriefThatFailedIsCheckedAgainUnchanged() throws {
        let site = try Self.site()
        defer { site.remove() }
        #expect(Self.errors(site) == [])
        try site.write("Content/briefs/uses.md", Self.uses.replacingOccurrences(of: "actor:kim", with: "actor:nobody"))
        let error = "Content/briefs/uses.md:5:18: error: unknown actor 'nobody'"
        #expect(Self.errors(site) == [error])
        let again = Timings()
        #expect(Self.errors(site, again) == [error])
        #expect(again.counted("uses checked") == 1)  // that brief: the others passed the last successful build
        try site.write("Content/briefs/uses.md", Self.uses)
        #expect(Self.errors(site) == [])
        try IncrementalBuildTests.expectEqualsCleanBuild(site.root, site.url("site"), "fixing the brief")
    }

    /// Drafts left out: every brief is checked in a first pass, the published ones in a
    /// second, and each pass compares its own ids with the same pass's last time.
    @Test func eachPassComparesItsOwnIds() throws {
        let draft = "---\ntitle: Draft\ndate: 2024-10-27\ndraft: true\n---\nAbout [Kim](actor:kim).\n"
        let site = try Fixture.site(["Content/briefs/declares.md": Self.declares, "Content/briefs/uses.md": Self.uses,
                                     "Content/briefs/draft.md": draft])
        defer { site.remove() }
        let first = Timings()
        #expect(Self.errors(site, first) == [])
        #expect(first.counted("uses checked") == 4 + 3)
        try site.write("Content/briefs/uses.md", Self.uses.replacingOccurrences(of: "again", with: "once more"))
        let second = Timings()
        #expect(Self.errors(site, second) == [])
        #expect(second.counted("uses checked") == 1 + 1)
        // A new id in the draft: new to the first pass only.
        try site.write("Content/briefs/draft.md", draft.replacingOccurrences(
            of: "draft: true\n", with: "draft: true\nactors:\n  - id: choe\n    name: Choe Son Hui\n    kind: person\n"))
        let third = Timings()
        #expect(Self.errors(site, third) == [])
        #expect(third.counted("uses checked") == 4 + 0)
        try IncrementalBuildTests.expectEqualsCleanBuild(site.root, site.url("site"), "a new id in a draft")
    }
}
