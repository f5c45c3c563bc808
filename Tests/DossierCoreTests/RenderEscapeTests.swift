import Testing
@testable import DossierCore

/// Values are HTML-escaped as Mustache escapes them, eight bytes at a time where no byte
/// needs it: a byte to escape is found wherever it stands in its word.
@Suite struct RenderEscapeTests {
    static func escaped(_ text: String) -> String {
        var bytes: [UInt8] = []
        HTML.appendEscaped(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func aByteToEscapeIsFoundAtAnyPlace() {
        let specials = [("<", "&lt;"), (">", "&gt;"), ("&", "&amp;"), ("\"", "&quot;"), ("'", "&#39;")]
        for (special, entity) in specials {
            for length in [1, 7, 8, 9, 16, 23] {
                for place in 0..<length {
                    let before = String(repeating: "a", count: place)
                    let after = String(repeating: "é", count: (length - place - 1) / 2)
                        + String(repeating: "b", count: (length - place - 1) % 2)
                    #expect(Self.escaped(before + special + after) == before + entity + after,
                            "\(entity) at \(place) of \(length)")
                }
            }
        }
    }

    @Test func everySpecialByteOfALongTextIsEscapedAndNothingElse() {
        let text = "Tom & Jerry's \"<b>\" — 5 > 3, ¼ <= ½;=?;%(&)[]{}" + String(repeating: "x", count: 13) + "'"
        #expect(Self.escaped(text) == "Tom &amp; Jerry&#39;s &quot;&lt;b&gt;&quot; — 5 &gt; 3, ¼ &lt;= ½;=?;%(&amp;)[]{}"
                + String(repeating: "x", count: 13) + "&#39;")
        // Bytes next to the special values (one above, one below) are kept.
        let near = String(repeating: "!#%(;=?", count: 3)
        #expect(Self.escaped(near) == near)
    }
}
