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
        guard let (year, month, day) = Day.numbers(text.utf8), let day else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The numbers of `YYYY-MM-DD`, or of `YYYY-MM` with no day: ASCII digits and
    /// hyphens in those places and nothing else. Read from the bytes: splitting the
    /// text into `Character`s made each date cost as much as a line of YAML.
    static func numbers(_ utf8: some Sequence<UInt8>) -> (year: Int, month: Int, day: Int?)? {
        var year = 0, month = 0, day = 0, index = 0
        for byte in utf8 {
            switch index {
            case 4, 7:
                guard byte == UInt8(ascii: "-") else { return nil }
            case 0..<10:
                let digit = Int(byte &- UInt8(ascii: "0"))
                guard digit < 10 else { return nil }
                if index < 4 { year = year * 10 + digit } else if index < 7 { month = month * 10 + digit } else { day = day * 10 + digit }
            default:
                return nil
            }
            index += 1
        }
        switch index {
        case 10: return (year, month, day)
        case 7: return (year, month, nil)
        default: return nil
        }
    }

    /// The same day from its numbers, rejecting days that do not exist.
    init?(year: Int, month: Int, day: Int) {
        guard (0...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        (storedYear, storedMonth, storedDay) = (Int16(year), UInt8(month), UInt8(day))
    }

    public var description: String { Day.text(year: year, month: month, day: day) }

    /// `YYYY-MM-DD`, or `YYYY-MM` without a day: written into a string short enough to
    /// be held without an allocation.
    static func text(year: Int, month: Int, day: Int?) -> String {
        String(unsafeUninitializedCapacity: 10) { buffer in
            func put(_ n: Int, _ width: Int, at start: Int) {
                var n = n
                for index in (start..<start + width).reversed() {
                    buffer[index] = UInt8(ascii: "0") + UInt8(n % 10)
                    n /= 10
                }
            }
            put(year, 4, at: 0)
            buffer[4] = UInt8(ascii: "-")
            put(month, 2, at: 5)
            guard let day else { return 7 }
            buffer[7] = UInt8(ascii: "-")
            put(day, 2, at: 8)
            return 10
        }
    }

    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// "24 October 2024", for people.
    public var longForm: String { Day.words(day: day, month: month, year: year) }

    /// "24 October 2024", or "October 2024" without a day.
    static func words(day: Int?, month: Int, year: Int) -> String {
        let name = monthNames[month - 1]
        guard let day else { return String.joined(name, " ", String(year)) }
        return String.joined(String(day), " ", name, " ", String(year))
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
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
        guard let (year, month, day) = Day.numbers(text.utf8) else { return nil }
        self.init(year: year, month: month, day: day)
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

    public var description: String { Day.text(year: year, month: month, day: day) }

    /// "October 2024" or "23 October 2024".
    public var longForm: String { Day.words(day: day, month: month, year: year) }

    public static func < (a: AsOf, b: AsOf) -> Bool {
        (a.year, a.month, a.day ?? 0) < (b.year, b.month, b.day ?? 0)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
