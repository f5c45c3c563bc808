import Foundation
import Testing
@testable import DossierCore

/// FastYAML must read what it accepts exactly as Yams does (values, quoting, positions),
/// and hand everything else to Yams.
@Suite struct FastYAMLTests {
    /// A comparable picture of a tree: every node with its position.
    static func describe(_ node: YAMLNode?) -> String {
        guard let node else { return "nil" }
        let at = "@\(node.line):\(node.column)\(node.isAnchored ? "&" : "")"
        switch node.content {
        case let .scalar(text, plain): return "\(plain ? "plain" : "quoted")(\(text.debugDescription))\(at)"
        case let .sequence(items): return "[" + items.map(describe).joined(separator: ", ") + "]\(at)"
        case let .mapping(pairs): return "{" + pairs.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", ") + "}\(at)"
        }
    }

    static func yams(_ yaml: String) -> String? {
        guard case let .success(document) = YAMLDocument.composeWithYams(yaml, path: "x", firstLine: 1) else { return nil }
        return describe(document.root)
    }

    static let accepted: [String] = [
        "title: Hello\ndate: 2024-10-24\n",
        "title: 'It''s here'\nsummary: \"Say \\\"hi\\\" \\\\ now\"\n",
        "title:   spaced out   # a comment\n# whole-line comment\n\ndate: 2024-10-24\n",
        "actors:\n  - lloyd-austin\n  - id: kremlin\n    name: The Kremlin\n    aliases: [Moscow, 'the \"Kremlin\"', \"Кремль\"]\n",
        "actors:\n- id: a\n  role: x\n- b\n",
        "claims:\n  - id: c\n    stances:\n      - actor: a\n        stance: asserts\n        quote: “very, very serious”\n",
        "empty:\nnull_value: ~\nlist: []\nafter: 1\n",
        "title: Café: no\n".replacingOccurrences(of: ": no", with: " no"),
        "title: a#b c # comment\n",
        "-\n",
        "title: x\r\ndate: 2024-10-24\r\n",
        "figures:\n  - measure: m\n    value: 3000\n    min: -2.5e3\n",
        "key:\n  nested: value\n  other:\n    - 1\n    - 2\n",
        "items:\n  -\n    id: a\n",
        manyKeys(20),
    ]

    /// A mapping of `count` keys, `k0` to `k…`, with `last` (if given) added at the end again.
    static func manyKeys(_ count: Int, repeating last: Int? = nil) -> String {
        ((0..<count).map { "k\($0): \($0)\n" } + (last.map { ["k\($0): again\n"] } ?? [])).joined()
    }

    @Test(arguments: accepted)
    func acceptedShapesMatchYams(_ yaml: String) throws {
        let fast = try #require(FastYAML.parse(yaml), "FastYAML should accept:\n\(yaml)")
        #expect(Self.describe(fast) == Self.yams(yaml))
    }

    static let handedToYams: [String] = [
        "title: &a x\nsummary: *a\n",
        "title: !!str 5\n",
        "summary: |\n  block\n",
        "summary: >\n  folded\n",
        "title: {a: 1}\n",
        "title: first\n  continued\n",
        "title: x\ntitle: y\n",
        "title: [open\n",
        "title: 'open\n",
        "title: a: b\n",
        "\"quoted key\": 1\n",
        "title:\tx\n",
        "\ttitle: x\n",
        "? complex\n: key\n",
        "title: x\n  bad: indent\n",
        "- - nested\n",
        "title: \"\\u00e9\"\n",
        "just a scalar\n",
        // A key given twice, among few keys and among many.
        manyKeys(20, repeating: 3),
        manyKeys(20, repeating: 18),
        manyKeys(5, repeating: 4),
    ]

    @Test(arguments: handedToYams)
    func otherShapesGoToYams(_ yaml: String) {
        #expect(FastYAML.parse(yaml) == nil, "should be left to Yams:\n\(yaml)")
    }

    /// What is indented deeper than the depth limit allows is left to the depth check
    /// and Yams: the fast parser recurses once per level of indentation.
    @Test func indentationPastTheDepthLimitGoesToYams() {
        let limit = 2 * YAMLDocument.maximumDepth
        let nested = { (indent: Int) in "a:\n" + String(repeating: " ", count: indent) + "b: 1\n" }
        #expect(FastYAML.parse(nested(limit)) != nil)
        #expect(FastYAML.parse(nested(limit + 1)) == nil)
    }

    @Test func everyExampleAndFixtureFileTakesTheFastPathAndMatchesYams() throws {
        var files: [URL] = []
        for folder in ["Content", "Tests/Fixtures/sites"] {
            let walker = FileManager.default.enumerator(at: Repository.root.appendingPathComponent(folder),
                                                        includingPropertiesForKeys: nil)
            while let url = walker?.nextObject() as? URL {
                if url.pathExtension == "md" { files.append(url) }
            }
        }
        #expect(files.count >= 8)
        for url in files {
            let text = try String(contentsOf: url, encoding: .utf8)
            let yaml = try FrontMatterSplit.split(text).yaml
            let fast = FastYAML.parse(yaml)
            #expect(fast != nil, "\(url.lastPathComponent) fell back to Yams")
            #expect(Self.describe(fast ?? nil) == Self.yams(yaml), "\(url.lastPathComponent)")
        }
    }

    @Test func generatedBriefsTakeTheFastPathAndMatchYams() throws {
        let corpus = FileTree.temporaryFolder("yaml-corpus")
        defer { try? FileManager.default.removeItem(at: corpus) }
        try Repository.generateCorpus(briefs: 200, into: corpus)
        let folder = corpus.appendingPathComponent("Content/briefs")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let yaml = try FrontMatterSplit.split(text).yaml
            let fast = try #require(FastYAML.parse(yaml), "\(name) fell back to Yams")
            #expect(Self.describe(fast) == Self.yams(yaml), "\(name)")
        }
    }
}
