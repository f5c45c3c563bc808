/// A calendar date, `YYYY-MM-DD`.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Parses `YYYY-MM-DD`, rejecting dates that do not exist (2024-02-30).
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              (1...12).contains(m), (1...Day.daysIn(month: m, year: y)).contains(d)
        else { return nil }
        (year, month, day) = (y, m, d)
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
    public let year: Int
    public let month: Int
    public let day: Int?

    public init?(_ text: some StringProtocol) {
        if let d = Day(text) {
            (year, month, day) = (d.year, d.month, d.day)
            return
        }
        guard let d = Day(text + "-01") else { return nil }
        (year, month, day) = (d.year, d.month, nil)
    }

    public init(_ day: Day) { (year, month, self.day) = (day.year, day.month, day.day) }

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
