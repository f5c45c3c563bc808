/// A calendar date, `YYYY-MM-DD`.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    // Stored small: a big site holds hundreds of thousands of dates.
    private let storedYear: Int16
    private let storedMonth: UInt8
    private let storedDay: UInt8
    public var year: Int { Int(storedYear) }
    public var month: Int { Int(storedMonth) }
    public var day: Int { Int(storedDay) }

    /// Parses `YYYY-MM-DD`, rejecting dates that do not exist (2024-02-30).
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              (1...12).contains(m), (1...Day.daysIn(month: m, year: y)).contains(d)
        else { return nil }
        (storedYear, storedMonth, storedDay) = (Int16(y), UInt8(m), UInt8(d))
    }

    /// The same day from its numbers, rejecting days that do not exist.
    init?(year: Int, month: Int, day: Int) {
        guard (0...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        (storedYear, storedMonth, storedDay) = (Int16(year), UInt8(month), UInt8(day))
    }

    public var description: String { "\(Day.pad(year, 4))-\(Day.pad(month, 2))-\(Day.pad(day, 2))" }

    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// "24 October 2024", for people.
    public var longForm: String { "\(day) \(Day.monthNames[month - 1]) \(year)" }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}

/// When a figure was true: a day (`2024-10-23`) or a month (`2024-12`).
public struct AsOf: Sendable, Hashable, Comparable, CustomStringConvertible {
    private let storedYear: Int16
    private let storedMonth: UInt8
    /// 0 for a month.
    private let storedDay: UInt8
    public var year: Int { Int(storedYear) }
    public var month: Int { Int(storedMonth) }
    public var day: Int? { storedDay == 0 ? nil : Int(storedDay) }

    public init?(_ text: some StringProtocol) {
        if let d = Day(text) {
            self.init(d)
            return
        }
        guard let d = Day(text + "-01") else { return nil }
        self.init(stored: d, day: 0)
    }

    public init(_ day: Day) { self.init(stored: day, day: UInt8(day.day)) }

    /// A month (`day` nil) or a day from its numbers, rejecting those that do not exist.
    init?(year: Int, month: Int, day: Int?) {
        guard let date = Day(year: year, month: month, day: day ?? 1) else { return nil }
        if day == nil { self.init(stored: date, day: 0) } else { self.init(date) }
    }

    private init(stored day: Day, day dayOfMonth: UInt8) {
        (storedYear, storedMonth, storedDay) = (Int16(day.year), UInt8(day.month), dayOfMonth)
    }

    public var description: String {
        let month = "\(Day.pad(year, 4))-\(Day.pad(self.month, 2))"
        return day.map { month + "-" + Day.pad($0, 2) } ?? month
    }

    /// "October 2024" or "23 October 2024".
    public var longForm: String {
        let month = "\(Day.monthNames[self.month - 1]) \(year)"
        return day.map { "\($0) " + month } ?? month
    }

    public static func < (a: AsOf, b: AsOf) -> Bool {
        (a.year, a.month, a.day ?? 0) < (b.year, b.month, b.day ?? 0)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
