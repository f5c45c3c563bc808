import Foundation
import Testing
@testable import DossierCore

/// Every rule of the brief format, broken once in the fixture brief: the diagnostic
/// names the file, line and column of the offending value.
@Suite struct BriefDiagnosticTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var old: String
        var new: String
        var expected: String
        var testDescription: String { expected }
    }

    static let brief = "Content/briefs/nk-troops.md"

    static let cases: [Case] = [
        Case(old: "date: 2024-10-24", new: "date: 2024-02-30",
             expected: "\(brief):3:7: error: 'date' must be a date YYYY-MM-DD, not '2024-02-30'"),
        Case(old: "date: 2024-10-24", new: "date: 24/10/2024",
             expected: "\(brief):3:7: error: 'date' must be a date YYYY-MM-DD, not '24/10/2024' (did you mean '2024-10-24'?)"),
        Case(old: "date: 2024-10-24", new: "date: 05/10/2024",
             expected: "\(brief):3:7: error: 'date' must be a date YYYY-MM-DD, not '05/10/2024' (the day and the month cannot be told apart: write the year first)"),
        Case(old: "    unit: troops", new: "    unit: troops\n    as_of: October 2024",
             expected: "\(brief):28:12: error: 'as_of' must be a date YYYY-MM-DD or a month YYYY-MM, not 'October 2024' (did you mean '2024-10'?)"),
        Case(old: "title: North Korean troops in Russia\n", new: "",
             expected: "\(brief):2:1: error: brief front-matter has no 'title'"),
        Case(old: "summary:", new: "summry:",
             expected: "\(brief):4:1: error: unknown field 'summry' in brief front-matter (did you mean 'summary'?)"),
        Case(old: "        stance: denies\n", new: "        stance: denies\n        tone: angry\n",
             expected: "\(brief):22:9: error: unknown field 'tone' in stance; its fields are: actor, stance, date, quote, via, source"),
        Case(old: "    country: RU\n", new: "    country: RU\n    affiliation: kremlin\n",
             expected: "\(brief):12:18: error: actor 'kremlin' cannot be its own affiliation: 'affiliation' names the actor it belongs to"),
        Case(old: "        stance: denies\n", new: "        stance: denies\n        date: 2025-10-23\n",
             expected: "\(brief):22:15: warning: 'date' (2025-10-23) is after the brief's 'date' (2024-10-24): a stance it reports cannot be dated later"),
        Case(old: "    grade: A", new: "    grade: A\n    date: 2024-10-25",
             expected: "\(brief):38:11: warning: 'date' (2024-10-25) is after the brief's 'date' (2024-10-24): a source it cites cannot be dated later"),
        Case(old: "    stated_by: lloyd-austin\n", new: "    stated_by: lloyd-austin\n    via: lloyd-austin\n",
             expected: "\(brief):30:10: warning: 'via' is 'lloyd-austin', the 'stated_by' itself: 'via' names who relayed it, and is left out when nobody did"),
        Case(old: "kind: government", new: "kind: goverment",
             expected: "\(brief):10:11: error: 'kind' cannot be 'goverment' (did you mean 'government'?); it takes one of: person, state, government, military, intelligence, armed-group, party, igo, ngo, media, company, other"),
        Case(old: "country: RU", new: "country: Russia",
             expected: "\(brief):11:14: error: 'country' must be an ISO 3166-1 alpha-2 code such as 'KR', not 'Russia'"),
        Case(old: "  - id: kremlin", new: "  - id: The_Kremlin",
             expected: "\(brief):8:9: error: 'id' is not a valid id: 'The_Kremlin' has upper-case letters (did you mean 'the-kremlin'?)"),
        Case(old: "      - actor: kremlin", new: "      - actor: kremlinn",
             expected: "\(brief):20:16: error: unknown actor 'kremlinn' (did you mean 'kremlin'?)"),
        Case(old: "stance: denies", new: "stance: denied",
             expected: "\(brief):21:17: error: 'stance' cannot be 'denied' (did you mean 'denies'?); it takes one of: asserts, denies, disputes, declines, retracts"),
        Case(old: "status: reported", new: "status: rumoured",
             expected: "\(brief):15:13: error: 'status' cannot be 'rumoured'; it takes one of: unverified, reported, corroborated, confirmed, contested, refuted, superseded"),
        Case(old: "value: 3000", new: "value: 3,000",
             expected: "\(brief):26:12: error: 'value' must be a number, not '3,000' (write numbers without separators: '3000')"),
        Case(old: "value: 3000", new: "value: 3 000.5",
             expected: "\(brief):26:12: error: 'value' must be a number, not '3 000.5' (write numbers without separators: '3000.5')"),
        Case(old: "value: 3000", new: "value: 2,5",
             expected: "\(brief):26:12: error: 'value' must be a number, not '2,5' (the decimal point is '.': '2.5')"),
        Case(old: "value: 3000", new: "value: 30 %",
             expected: "\(brief):26:12: error: 'value' must be a number, not '30 %' (write '30' here and the unit in 'unit')"),
        Case(old: "value: 3000", new: "value: 1,234,56",
             expected: "\(brief):26:12: error: 'value' must be a number, not '1,234,56'"),
        Case(old: "qualifier: at-least", new: "qualifier: atleast",
             expected: "\(brief):28:16: error: 'qualifier' cannot be 'atleast' (did you mean 'at-least'?); it takes one of: exact, about, at-least, more-than, up-to, fewer-than, range"),
        Case(old: "    unit: troops", new: "    unit: troops\n    as_of: 2024-1",
             expected: "\(brief):28:12: error: 'as_of' must be a date YYYY-MM-DD or a month YYYY-MM, not '2024-1'"),
        Case(old: "url: https://example.org/remarks", new: "url: javascript:alert(1)",
             expected: "\(brief):36:10: error: 'url' must be an http or https address, not 'javascript:alert(1)'"),
        Case(old: "grade: A", new: "grade: G",
             expected: "\(brief):37:12: error: 'grade' cannot be 'G'; it takes one of: A, B, C, D, E, F"),
        Case(old: "    source: pentagon\n    claim", new: "    source: pentagn\n    claim",
             expected: "\(brief):30:13: error: unknown source 'pentagn' (did you mean 'pentagon'?)"),
        Case(old: "    claim: troops-sent", new: "    claim: troops-snt",
             expected: "\(brief):31:12: error: unknown claim 'troops-snt' (did you mean 'troops-sent'?)"),
        Case(old: "(actor:kremlin)", new: "(actor:kremlim)",
             expected: "\(brief):41:15: error: unknown actor 'kremlim' (did you mean 'kremlin'?)"),
        Case(old: "(actor:kremlin)", new: "(Actors:kremlin)",
             expected: "\(brief):41:15: error: 'Actors:' is not a kind of reference (did you mean 'actor:'?); references are 'actor:', 'claim:', 'figure:', 'brief:', 'source:'"),
        Case(old: "(actor:kremlin)", new: "(javascript:alert(1))",
             expected: "\(brief):41:15: warning: a link to 'javascript:' is left empty: in a body, links and images are relative or start with one of 'http:', 'https:', 'mailto:', 'tel:'"),
        Case(old: "[it](claim:troops-sent)", new: "![it](data:image/png;base64,AAAA)",
             expected: "\(brief):41:43: warning: an image from 'data:' is left empty: in a body, links and images are relative or start with one of 'http:', 'https:', 'mailto:', 'tel:'"),
        Case(old: "(actor:kremlin)", new: "(actor: kremlin)",
             expected: "\(brief):41:14: warning: '(actor:' is in the text, not in a link: a reference is written [text](actor:ID), with no space between ']' and '(' nor inside the parentheses"),
        Case(old: "[it](claim:troops-sent)", new: "[it] (claim:troops-sent)",
             expected: "\(brief):41:42: warning: '(claim:' is in the text, not in a link: a reference is written [text](claim:ID), with no space between ']' and '(' nor inside the parentheses"),
        Case(old: "[it](claim:troops-sent)", new: "[it](brief:nowhere)",
             expected: "\(brief):41:42: error: unknown brief 'nowhere'"),
        Case(old: "[](figure:nk-troops)", new: "[](figure:nk-troop)",
             expected: "\(brief):39:32: error: unknown measure 'nk-troop' (did you mean 'nk-troops'?)"),
        Case(old: "[](actor:lloyd-austin)", new: "[](actor:Lloyd_Austin)",
             expected: "\(brief):39:4: error: 'actor:Lloyd_Austin' is not a valid reference: the id has upper-case letters (did you mean 'lloyd-austin'?)"),
        Case(old: "[](actor:lloyd-austin)", new: "[](actor:nobody_here)",
             expected: "\(brief):39:4: error: 'actor:nobody_here' is not a valid reference: the id may use only lowercase ASCII letters, digits and single hyphens"),
        Case(old: "    role: US Defence Secretary", new: "    name: Lloyd J. Austin\n    role: US Defence Secretary",
             expected: "\(brief):7:11: error: actor 'lloyd-austin': name 'Lloyd J. Austin' disagrees with 'Lloyd Austin' given at Content/actors/lloyd-austin.md:2:7"),
        Case(old: "  - id: kremlin\n", new: "  - id: nobody\n    role: Somebody\n  - id: kremlin\n",
             expected: "\(brief):8:9: error: actor 'nobody' has no name: give 'name' here or in Content/actors/nobody.md"),
        Case(old: "date: 2024-10-24\n", new: "date: 2024-10-24\ntitle: Again\n",
             expected: "\(brief):4:1: error: duplicate key 'title': each field may be given once"),
        Case(old: "title: North Korean troops in Russia", new: "title: [North Korean",
             expected: "\(brief):3:5: error: front-matter is not valid YAML: did not find expected ',' or ']' while parsing a flow sequence"),
        Case(old: "  - id: kremlin\n", new: "\t- id: kremlin\n",
             expected: "\(brief):8:1: error: front-matter is not valid YAML: found a tab character that violates indentation while scanning a plain scalar"),
        Case(old: "summary:", new: "updated: 2024-10-01\nsummary:",
             expected: "\(brief):4:10: error: 'updated' (2024-10-01) is before 'date' (2024-10-24)"),
        Case(old: "sources:\n", new: "judgments:\n  - text: Troops will fight.\n    likelihood: probable\nsources:\n",
             expected: "\(brief):34:17: error: 'likelihood' cannot be 'probable'; it takes one of: almost-no-chance, very-unlikely, unlikely, roughly-even-chance, likely, very-likely, almost-certain"),
        Case(old: "sources:\n", new: "judgments:\n  - text: Troops will fight.\n    confidence: high\n    claims: [troops-went]\nsources:\n",
             expected: "\(brief):35:14: error: unknown claim 'troops-went' (did you mean 'troops-sent'?)"),
        Case(old: "    value: 3000", new: "    value: 3000\n    min: 2000",
             expected: "\(brief):26:5: error: a figure takes 'value' or 'min' and 'max', not both"),
        Case(old: "    value: 3000\n    unit: troops\n    qualifier: at-least", new: "    min: 5000\n    max: 2000\n    unit: troops",
             expected: "\(brief):26:10: error: 'min' (5000) is greater than 'max' (2000)"),
        Case(old: "    value: 3000\n    unit: troops\n    qualifier: at-least", new: "    min: 2000\n    unit: troops\n    qualifier: range",
             expected: "\(brief):24:5: error: a range needs both 'min' and 'max': 'max' is missing"),
        Case(old: "    value: 3000\n", new: "",
             expected: "\(brief):24:5: error: figure has no 'value' (or 'min' and 'max')"),
        Case(old: "summary:", new: "draft: yes\nsummary:",
             expected: "\(brief):4:8: error: 'draft' must be true or false, not 'yes'"),
        Case(old: "      - actor: kremlin\n        stance: denies\n", new: "      - actor: kremlin\n",
             expected: "\(brief):20:9: error: stance has no 'stance'"),
        Case(old: "    qualifier: at-least", new: "    qualifier: range",
             expected: "\(brief):28:16: error: qualifier 'range' needs 'min' and 'max' instead of 'value'"),
        Case(old: "  - id: lloyd-austin\n    role: US Defence Secretary\n", new: "  - lloyd-austin\n  - lloyd-austin\n",
             expected: "\(brief):7:5: error: actor 'lloyd-austin' is listed twice in this brief (first at line 6)"),
        Case(old: "actors:\n", new: "actors: lloyd-austin\nignored:\n",
             expected: "\(brief):5:9: error: 'actors' must be a list, not the text 'lloyd-austin'"),
        Case(old: "    value: 3000", new: "    value: &big 3000",
             expected: "\(brief):26:12: error: anchors (&name) are not allowed in front-matter"),
    ]

    @Test(arguments: cases)
    func reportsTheOffendingValue(_ example: Case) throws {
        let site = try Fixture.site([Self.brief: Fixture.brief(replacing: example.old, with: example.new)])
        defer { site.remove() }
        let lines = try site.diagnostics()
        #expect(lines.contains(example.expected), "got:\n\(lines.joined(separator: "\n"))")
    }
}
