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
