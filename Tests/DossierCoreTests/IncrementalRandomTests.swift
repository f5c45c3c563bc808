import Foundation
import Testing
@testable import DossierCore

/// Random edits of every kind a page key must notice, each followed by a rebuild that
/// must equal a clean build byte for byte. The seed is fixed so a failure repeats.
@Suite struct IncrementalRandomTests {
    /// One change to the corpus and how to undo it, should it leave the site with errors.
    struct Change {
        var description: String
        var undo: [String: String?]
    }

    final class Corpus {
        let root: URL
        var random: SplitMix
        init(root: URL, seed: UInt64) { (self.root, random) = (root, SplitMix(seed: seed)) }

        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }

        func files(_ folder: String) throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
                .sorted().map { folder + "/" + $0 }
        }

        func read(_ path: String) throws -> String { try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) }

        func write(_ path: String, _ text: String?) throws {
            let url = root.appendingPathComponent(path)
            if let text { try text.write(to: url, atomically: true, encoding: .utf8) } else { try? FileManager.default.removeItem(at: url) }
        }

        /// Briefs another brief's body links to.
        var linked: [String] = []

        /// Replaces the first match of `pattern` in a brief that has one (one of `among`, if given).
        func edit(_ what: String, _ pattern: String, among: [String]? = nil,
                  _ replace: (Substring) -> String) throws -> Change? {
            let regex = try Regex(pattern).anchorsMatchLineEndings()
            let candidates = try (among ?? files("Content/briefs")).filter { try read($0).contains(regex) }
            guard !candidates.isEmpty else { return nil }
            let path = pick(candidates)
            let text = try read(path)
            guard let match = text.firstMatch(of: regex) else { return nil }
            try write(path, text.replacingCharacters(in: match.range, with: replace(text[match.range])))
            return Change(description: "\(what) in \(path)", undo: [path: text])
        }

        func change(_ step: Int) throws -> Change? {
            let briefs = try files("Content/briefs")
            switch step % 18 {
            case 0: return try edit("a summary", #"^summary: ""#) { $0 + "Edited \(step). " }
            case 1:
                let path = pick(briefs), text = try read(path)
                try write(path, text + "\nA new paragraph \(step) about the *convoy*.\n")
                return Change(description: "the body of \(path)", undo: [path: text])
            case 2:
                let path = pick(briefs), text = try read(path), renamed = "Content/briefs/renamed-\(step).md"
                try write(path, nil)
                try write(renamed, text)
                return Change(description: "renaming \(path)", undo: [path: text, renamed: nil])
            case 3:
                let path = pick(briefs), copy = "Content/briefs/copy-\(step).md"
                try write(copy, try read(path).replacingOccurrences(of: "\ntitle: \"", with: "\ntitle: \"Copy \(step): "))
                return Change(description: "copying \(path)", undo: [copy: nil])
            case 4:
                let path = pick(briefs), text = try read(path)
                try write(path, nil)
                return Change(description: "deleting \(path)", undo: [path: text])
            case 5: return try edit("an actor's name", #"^    name: ""#) { $0 + "Renamed \(step) " }
            case 6: return try edit("a claim's status", #"^    status: [a-z]+"#) { _ in "    status: " + self.pick(["confirmed", "refuted", "contested"]) }
            case 7: return try edit("a claim's text", #"^    text: ""#) { $0 + "Reworded \(step) " }
            case 8: return try edit("a source's title", #"^    title: ""#) { $0 + "Retitled \(step) " }
            case 9:
                // The brief that gives a claim its status now comes after the others that discuss it.
                let givers = try briefs.filter { try read($0).contains("\n    status: ") }
                return try edit("the date of a status", #"^date: 20\d\d"#, among: givers) { _ in "date: 2027" }
            case 10: return try edit("a stance", #"^        stance: [a-z]+"#) { _ in "        stance: " + self.pick(["asserts", "denies"]) }
            case 11: return try edit("a figure", #"^    value: \d+"#) { $0 + "7" }
            case 12:
                let path = pick(briefs), text = try read(path)
                let target = FileParser.slug(of: pick(briefs))
                try write(path, text + "\nSee also [](brief:\(target)).\n")
                linked.append("Content/briefs/\(target).md")
                return Change(description: "a link from \(path) to \(target)", undo: [path: text])
            case 13: return try edit("a linked brief's title", #"^title: ""#, among: linked) { $0 + "Retitled \(step) " }
            case 14: return try edit("a source's address", #"^    url: \S+\n"#) { _ in "" }
            case 15: return try edit("an actor's kind", #"^    kind: [a-z-]+"#) { _ in "    kind: " + self.pick(["person", "state", "media"]) }
            case 16:
                // Briefs that use the id unchanged may now fail: the rebuild must check them.
                return try edit("a declared id", #"^  - id: "#) { $0 + "gone-\(step)-" }
            default:
                let profiles = try files("Content/actors")
                guard !profiles.isEmpty else { return nil }
                let path = pick(profiles), text = try read(path)
                try write(path, text + "\nA new line \(step) of the profile.\n")
                return Change(description: "the profile \(path)", undo: [path: text])
            }
        }
    }

    /// The errors when the site has any (the change is then undone and another tried),
    /// else nil.
    static func build(_ root: URL, _ output: URL, _ timings: Timings) throws -> [String]? {
        do {
            try SiteBuilder.build(root: root, output: output, timings: timings)
            return nil
        } catch {
            guard case .contentHasErrors(let report) = error else { throw error }
            return report.errors.map(\.description)
        }
    }

    @Test func randomChangesAlwaysEqualACleanBuild() throws {
        let root = FileTree.temporaryFolder("incremental")
        defer { try? FileManager.default.removeItem(at: root) }
        try Repository.generateCorpus(briefs: 50, into: root)
        let output = root.appendingPathComponent("site")
        try SiteBuilder.build(root: root, output: output)
        let corpus = Corpus(root: root, seed: 20261125)
        var (rebuilt, made, files, copied, failed) = (0, 0, 0, 0, 0)
        for step in 0..<36 {
            guard let change = try corpus.change(step) else { continue }
            let timings = Timings()
            if let errors = try Self.build(root, output, timings) {
                // The rebuild finds exactly the errors a check of the whole site finds.
                #expect(errors == (try Checker.check(root: root)).1.errors.map(\.description), "after \(change.description)")
                failed += 1
                for (path, text) in change.undo { try corpus.write(path, text) }
                continue
            }
            try IncrementalBuildTests.expectEqualsCleanBuild(root, output, change.description)
            rebuilt += 1
            made += timings.counted("made") ?? 0
            copied += timings.counted("records copied") ?? 0
            files += FileTreeListing.files(in: output.path).count - 1
        }
        #expect(rebuilt >= 17, "too many changes were refused to test much")
        #expect(made * 2 < files, "the rebuilds made \(made) of \(files) files: pages are not being kept")
        #expect(copied > 0, "graph.json's records are not being copied")
        #expect(failed > 0, "no change left the site with errors: the rebuild's own check went untested")
    }
}
