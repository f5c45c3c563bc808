import Foundation
import Testing
@testable import DossierCore

/// Every JSON-LD block of every page parses and says what it is; values cannot close the
/// script element.
@Suite struct PublishJSONLDTests {
    /// The JSON-LD blocks of a page, parsed.
    static func blocks(_ html: String) throws -> [[String: Any]] {
        try html.matches(of: /<script type="application\/ld\+json">(.*?)<\/script>/.dotMatchesNewlines()).map { match in
            let object = try JSONSerialization.jsonObject(with: Data(match.output.1.utf8))
            return try #require(object as? [String: Any], "a block is not an object")
        }
    }

    /// The JSON-LD blocks of the page at `path` of a built site.
    static func blocks(_ built: BuiltSite, _ path: String) throws -> [[String: Any]] {
        let html = try #require(built.text(path), "\(path) was not written")
        return try blocks(html)
    }

    /// The main entity of a profile page.
    static func mainEntity(_ built: BuiltSite, _ path: String) throws -> [String: Any] {
        let page = try #require(try blocks(built, path).first)
        return try #require(page["mainEntity"] as? [String: Any])
    }

    static func types(_ blocks: [[String: Any]]) -> [String] { blocks.compactMap { $0["@type"] as? String } }

    @Test(arguments: ["example", "fixture"])
    func everyBlockOfEveryPageParsesWithItsTypeAndID(_ which: String) throws {
        let built = try BuiltSite(which == "example" ? Repository.root : SiteOutputTests.fixture)
        defer { built.remove() }
        let pages = built.pages
        #expect(pages.count > 10)
        for (path, html) in pages {
            let blocks = try Self.blocks(html)
            #expect(!blocks.isEmpty, "\(path) has no JSON-LD")
            #expect(html.components(separatedBy: "<script type=\"application/ld+json\">").count - 1 == blocks.count, "\(path)")
            // Written by hand with its keys in order: each block is what a JSON value of the
            // same fields writes, keys sorted, escapes the same.
            for text in html.matches(of: /<script type="application\/ld\+json">(.*?)<\/script>/.dotMatchesNewlines()) {
                let parsed = try JSONSerialization.jsonObject(with: Data(text.output.1.utf8))
                #expect(JSONValue(parsed).compact == String(text.output.1), "\(path)")
            }
            for block in blocks {
                #expect(block["@context"] as? String == "https://schema.org", "\(path)")
                #expect((block["@type"] as? String)?.isEmpty == false, "\(path)")
                #expect((block["@id"] as? String)?.isEmpty == false, "\(path)")
            }
            let types = Self.types(blocks)
            if path.hasPrefix("briefs/"), path != "briefs/index.html" { #expect(types == ["NewsArticle"], "\(path)") }
            if path.hasPrefix("actors/"), path != "actors/index.html" { #expect(types == ["ProfilePage"], "\(path)") }
            if path.hasPrefix("claims/"), path != "claims/index.html" {
                #expect(types.first == "Claim" && types.filter { $0 == "ClaimReview" }.count <= 1, "\(path)")
            }
        }
    }

    @Test func aBriefIsANewsArticleAboutItsClaimsMentioningItsActorsCitingItsSources() throws {
        let built = try BuiltSite(SiteOutputTests.fixture)
        defer { built.remove() }
        let article = try #require(try Self.blocks(built, "briefs/nk-troops/index.html").first)
        #expect(article["@id"] as? String == "https://example.org/desk/briefs/nk-troops/#article")
        #expect(article["headline"] as? String == "North Korean troops in Russia")
        #expect(article["datePublished"] as? String == "2024-10-24")
        let about = try #require(article["about"] as? [[String: Any]])
        #expect(about.map { $0["@id"] as? String } == ["https://example.org/desk/claims/troops-sent/#claim"])
        let mentions = try #require(article["mentions"] as? [[String: Any]])
        #expect(mentions.compactMap { $0["name"] as? String } == ["Lloyd Austin", "United States government", "The Kremlin"])
        #expect(mentions.compactMap { $0["@type"] as? String } == ["Person", "Organization", "Organization"])
        let citation = try #require(article["citation"] as? [[String: Any]])
        #expect(citation.first?["@id"] as? String == "https://example.org/remarks")
    }

    @Test func aClaimWithAVerdictHasOneReviewAndOneWithoutHasNone() throws {
        let built = try BuiltSite(SiteOutputTests.fixture)
        defer { built.remove() }
        let blocks = try Self.blocks(built, "claims/troops-sent/index.html")
        #expect(Self.types(blocks) == ["Claim", "ClaimReview"])
        let claim = blocks[0], review = blocks[1]
        #expect((claim["appearance"] as? [Any])?.count == 2)
        #expect((claim["firstAppearance"] as? [String: Any])?["@id"] as? String == "https://example.org/desk/briefs/nk-troops/#article")
        #expect((claim["author"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["Lloyd Austin"])
        #expect((review["itemReviewed"] as? [String: Any])?["@id"] as? String == claim["@id"] as? String)
        #expect((review["reviewRating"] as? [String: Any])?["alternateName"] as? String == "Confirmed")

        let unsettled = Fixture.brief(replacing: "status: reported", with: "status: contested")
        let site = try Fixture.site(["Content/briefs/nk-troops.md": unsettled])
        defer { site.remove() }
        let other = try BuiltSite(site.root)
        defer { other.remove() }
        #expect(Self.types(try Self.blocks(other, "claims/troops-sent/index.html")) == ["Claim"])
    }

    @Test func anActorPageIsAProfileOfAPersonOrAnOrganization() throws {
        let built = try BuiltSite(SiteOutputTests.fixture)
        defer { built.remove() }
        let person = try Self.mainEntity(built, "actors/lloyd-austin/index.html")
        #expect(person["@type"] as? String == "Person")
        #expect(person["@id"] as? String == "https://example.org/desk/actors/lloyd-austin/#actor")
        let kremlin = try Self.mainEntity(built, "actors/kremlin/index.html")
        #expect(kremlin["@type"] as? String == "Organization")
    }

    @Test func withoutABaseURLIDsAreRelativeAndTheSameFromEveryPage() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let built = try BuiltSite(site.root)
        defer { built.remove() }
        let article = try #require(try Self.blocks(built, "briefs/nk-troops/index.html").first)
        let mention = try #require((article["mentions"] as? [[String: Any]])?.first?["@id"] as? String)
        #expect(mention == "../../actors/lloyd-austin/index.html#actor")
        let base = URL(string: "file:///site/briefs/nk-troops/index.html")!
        let profile = try Self.mainEntity(built, "actors/lloyd-austin/index.html")
        let own = try #require(profile["@id"] as? String)
        #expect(URL(string: mention, relativeTo: base)?.absoluteString
                == URL(string: own, relativeTo: URL(string: "file:///site/actors/lloyd-austin/index.html")!)?.absoluteString)
    }

    @Test func aTitleCannotCloseTheScriptElement() throws {
        let payload = "</script><script>alert(1)</script><!--"
        let brief = Fixture.brief(replacing: "title: North Korean troops in Russia", with: "title: \"\(payload)\"")
        let site = try Fixture.site(["Content/briefs/nk-troops.md": brief])
        defer { site.remove() }
        let built = try BuiltSite(site.root)
        defer { built.remove() }
        for (path, html) in built.pages {
            #expect(!html.contains("<script>alert"), "\(path)")
            #expect(!html.contains("</script><script>"), "\(path)")
        }
        let html = try #require(built.text("briefs/nk-troops/index.html"))
        let article = try #require(try Self.blocks(html).first)
        #expect(article["headline"] as? String == payload)
    }

    @Test func scriptSafeJSONEscapesWhatCouldEndAScript() throws {
        // U+2027 and U+202E share the first two bytes of U+2028 and are kept as they are.
        let text = "a</script>&<!--\u{2028}\u{2029}\"\\\n\u{1}é\t\r\u{7F}\u{2027}\u{202E}\u{1F}"
        let json = JSONValue.object(["k": .string(text)]).compact
        #expect(json == #"{"k":"a\u003c/script\u003e\u0026\u003c!--\u2028\u2029\"\\\n\u0001é\t\r\u007f"#
            + "\u{2027}\u{202E}" + #"\u001f"}"#)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String]
        #expect(parsed?["k"] == text)
    }

    /// Text is passed over eight bytes at a time: a byte to escape is found wherever it
    /// stands in its word, and in the last few bytes.
    @Test func aByteToEscapeIsFoundAtAnyPlace() throws {
        let specials: [(String, String)] = [
            ("<", #"\u003c"#), (">", #"\u003e"#), ("&", #"\u0026"#), ("\"", #"\""#), ("\\", #"\\"#),
            ("\n", #"\n"#), ("\u{1}", #"\u0001"#), ("\u{1F}", #"\u001f"#), ("\u{7F}", #"\u007f"#), ("\u{2028}", #"\u2028"#),
        ]
        for (special, escaped) in specials {
            for length in [1, 7, 8, 9, 16, 23] {
                for place in 0..<length {
                    let text = String(repeating: "a", count: place) + special + String(repeating: "b", count: length - place - 1)
                    let expected = "\"" + String(repeating: "a", count: place) + escaped
                        + String(repeating: "b", count: length - place - 1) + "\""
                    #expect(JSONValue.string(text).compact == expected, "\(escaped) at \(place) of \(length)")
                }
            }
        }
        // Bytes next to the special values in each test (one above, one below) are kept.
        let near = "\u{20}!#%'=?[]^~\u{7E}é\u{2027}\u{2030}"
        #expect(JSONValue.string(near).compact == "\"" + near + "\"")
    }
}
