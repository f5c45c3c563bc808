import Foundation
import Testing
@testable import DossierCore

/// The open data in `data/` and the search index: they parse and hold the whole graph.
@Suite struct PublishDataTests {
    @Test func graphJSONHoldsTheWholeGraphWithItsVersion() throws {
        let built = try BuiltSite(SiteOutputTests.fixture)
        defer { built.remove() }
        let data = try #require(built.data("data/graph.json"))
        let graph = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(graph["format"] as? String == "dossier-graph")
        #expect(graph["version"] as? Int == 1)
        func ids(_ key: String, _ field: String = "id") -> [String] {
            (graph[key] as? [[String: Any]] ?? []).compactMap { $0[field] as? String }
        }
        #expect(ids("actors") == ["kremlin", "lloyd-austin", "us-government"])
        #expect(ids("claims") == ["troops-sent"])
        #expect(ids("briefs", "slug") == ["follow-up", "nk-troops"])
        #expect(ids("sources") == ["pentagon"])
        #expect(ids("measures") == ["nk-troops"])
        #expect(ids("stances", "stance") == ["asserts", "denies", "retracts"])
        let figures = try #require(graph["figures"] as? [[String: Any]])
        #expect(figures.count == 3)
        #expect(figures.contains { $0["min"] as? Int == 10000 && $0["max"] as? Int == 12000 && $0["value"] is NSNull })
        let claim = try #require((graph["claims"] as? [[String: Any]])?.first)
        #expect(claim["status"] as? String == "confirmed")
        #expect((claim["history"] as? [Any])?.count == 2)
    }

    /// `graph.json` is written straight into bytes, each object's keys in the order the
    /// code lists them: read back and written again as `JSONValue` (which sorts keys and
    /// escapes), it must come out the same, byte for byte.
    @Test func graphJSONIsSortedAndEscapedAsJSONValueWritesIt() throws {
        let quote = "quote: fake news"
        let brief = Fixture.brief(replacing: quote, with: #"quote: "<b>\"fake\" & false</b>\u2028 — 3.25 \u0007""#)
        let site = try Fixture.site(["Content/briefs/nk-troops.md": brief])
        defer { site.remove() }
        let built = try BuiltSite(site.root)
        defer { built.remove() }
        let data = try #require(built.data("data/graph.json"))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""quote":"\u003cb\u003e\"fake\" \u0026 false\u003c/b\u003e\u2028 — 3.25 \u0007""#))
        let parsed = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        #expect(JSONValue(parsed).compact + "\n" == text)
    }

    /// The separators come out right when the bytes are handed on between values.
    @Test func jsonBytesHandedOnInPiecesJoinToTheCompactText() {
        var json = JSONBytes()
        var pieces: [[UInt8]] = []
        json.beginObject()
        json.key("a")
        json.beginArray()
        for n in 0..<3 {
            json.object { json in
                json.key("n"); json.number(Double(n) + 0.5)
                json.key("s"); json.strings(["x", "<"])
            }
            json.flush(atLeast: 1) { pieces.append($0) }
        }
        json.endArray()
        json.key("b"); json.day(Day("2024-03-09"))
        json.endObject()
        json.flush(atLeast: 1) { pieces.append($0) }
        let item = { (n: Double) in JSONValue.object(["n": .number(n), "s": .strings(["x", "<"])]) }
        let expected = JSONValue.object(["a": .array([item(0.5), item(1.5), item(2.5)]), "b": .string("2024-03-09")])
        #expect(pieces.count == 4)
        #expect(String(decoding: pieces.joined(), as: UTF8.self) == expected.compact)
    }

    @Test func figuresCSVHasAHeaderAndOneRowPerFigure() throws {
        let label = #"label: North Korean troops in Russia"#
        let brief = Fixture.brief(replacing: label, with: #"label: "Troops, \"North Korean\"""#)
        let site = try Fixture.site(["Content/briefs/nk-troops.md": brief])
        defer { site.remove() }
        let built = try BuiltSite(site.root)
        defer { built.remove() }
        let csv = try #require(built.text("data/figures.csv"))
        let rows = csv.components(separatedBy: "\r\n")
        #expect(rows.first == "measure,label,qualifier,value,min,max,unit,as_of,stated_by,via,source,claim,brief")
        #expect(rows.dropFirst().first == #"nk-troops,"Troops, ""North Korean""",at-least,3000,,,troops,2024-10-24,lloyd-austin,,pentagon,troops-sent,nk-troops"#)
        #expect(rows.last == "" && rows.count == 3)
    }

    @Test func theSearchIndexIsAScriptThatSetsTheRecords() throws {
        let built = try BuiltSite(SiteOutputTests.fixture)
        defer { built.remove() }
        let script = try #require(built.text("assets/search-index.js"))
        let prefix = "window.DOSSIER_SEARCH=", suffix = ";\n"
        #expect(script.hasPrefix(prefix) && script.hasSuffix(suffix))
        let json = script.dropFirst(prefix.count).dropLast(suffix.count)
        let index = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(index["v"] as? Int == 1)
        let records = try #require(index["r"] as? [[String]])
        #expect(records.map { $0[0] } == ["b", "b", "a", "a", "a", "c"])
        #expect(records.contains(["a", "Lloyd Austin", "Lloyd J. Austin III", "actors/lloyd-austin/index.html", "person"]))
        #expect(records.contains { $0[0] == "b" && $0[3] == "briefs/nk-troops/index.html" && $0[2].hasPrefix("The US says") })
        #expect(!script.contains("Raw"), "no bodies in the index")
    }
}

extension JSONValue {
    /// A value read back by `JSONSerialization`.
    init(_ any: Any) {
        switch any {
        case is NSNull: self = .null
        case let text as String: self = .string(text)
        case let number as NSNumber: self = .number(number.doubleValue)
        case let items as [Any]: self = .array(items.map(JSONValue.init))
        case let fields as [String: Any]: self = .object(fields.mapValues(JSONValue.init))
        default: preconditionFailure("not JSON: \(any)")
        }
    }
}
