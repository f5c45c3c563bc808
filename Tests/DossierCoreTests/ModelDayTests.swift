import Testing
@testable import DossierCore

/// Dates as editors write them: `YYYY-MM-DD`, and for figures also `YYYY-MM`.
@Suite struct ModelDayTests {
    @Test(arguments: ["2024-10-24", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31"])
    func aDayThatExistsIsReadAndWrittenBackAsItWasGiven(_ text: String) throws {
        let day = try #require(Day(text))
        #expect(day.description == text)
        #expect(AsOf(text)?.description == text)
    }

    @Test(arguments: [
        "2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-10-00", "2024-10-32",
        "2024-1-01", "24-10-2024", "2024/10/24", "2024-10-24 ", " 2024-10-24", "2024-10-240", "2024-10-",
        "+024-10-24", "2024-1a-01", "２０２４-10-24", "2024-10-2\u{301}", "", "2024",
    ])
    func anyOtherTextIsNotADay(_ text: String) {
        #expect(Day(text) == nil)
    }

    /// What an error suggests for a date written for readers: only a day it can be sure of.
    @Test(arguments: [
        ("24/10/2024", "2024-10-24"), ("10/24/2024", "2024-10-24"), ("24.10.2024", "2024-10-24"),
        ("2024/10/5", "2024-10-05"), ("24 October 2024", "2024-10-24"), ("Oct 24, 2024", "2024-10-24"),
        ("sept 3 2024", "2024-09-03"), ("2024-10-24T10:00:00Z", "2024-10-24"), ("2024-10-24 10:00", "2024-10-24"),
        ("12/12/2024", "2024-12-12"),
    ])
    func aDateWrittenForReadersIsSuggestedWhenItCanBeOnlyOneDay(_ text: String, _ meant: String) throws {
        #expect(DateHint.reading(of: text) == .day(try #require(Day(meant))))
    }

    @Test func aDateThatCouldBeTwoDaysOrNoneSuggestsNone() {
        #expect(DateHint.reading(of: "05/10/2024") == .ambiguous)
        for text in ["31/02/2024", "29/02/2023", "24/10/24", "October 2024", "2024-13-01", "soon", "1/2/3"] {
            #expect(DateHint.reading(of: text) == nil, "\(text)")
        }
        #expect(DateHint.monthHint(for: "October 2024") == " (did you mean '2024-10'?)")
        #expect(DateHint.monthHint(for: "13/2024") == "")
    }

    @Test func aMonthIsAnAsOfButNotADay() throws {
        let month = try #require(AsOf("2024-12"))
        #expect(month.day == nil && month.month == 12 && month.year == 2024)
        #expect(month.description == "2024-12")
        #expect(month.longForm == "December 2024")
        #expect(Day("2024-12") == nil)
        for text in ["2024-13", "2024-00", "2024-1", "2024-12-", "2024_12"] { #expect(AsOf(text) == nil, "\(text)") }
    }

    @Test func aDayReadsAsPeopleWriteIt() throws {
        #expect(try #require(Day("2024-10-03")).longForm == "3 October 2024")
        #expect(try #require(AsOf("2024-10-03")).longForm == "3 October 2024")
    }
}
