/// How a date written for readers is written in front-matter: `24/10/2024`, `24.10.2024`,
/// `2024/10/24`, `24 October 2024`, `Oct 24, 2024` and `2024-10-24T10:00` are all
/// `2024-10-24`. Nothing is guessed: `05/10/2024` could be either day first or month
/// first, and is only told to be written out.
enum DateHint {
    /// " (did you mean '2024-10-24'?)", or why no day can be read off `text`, or "".
    static func hint(for text: String) -> String {
        switch reading(of: text) {
        case .day(let day): return " (did you mean '\(day)'?)"
        case .ambiguous: return " (the day and the month cannot be told apart: write the year first)"
        case nil: return ""
        }
    }

    /// For a field that takes a month too (`as_of`): `October 2024` and `10/2024` are
    /// `2024-10`; anything else as `hint` says.
    static func monthHint(for text: String) -> String {
        let parts = text.split { " /.-,".contains($0) }.map(String.init)
        if parts.count == 2, parts[1].count == 4, let year = Int(parts[1]),
           let month = monthNumber(parts[0]) ?? Int(parts[0]), (1...12).contains(month) {
            return " (did you mean '\(Day.text(year: year, month: month, day: nil))'?)"
        }
        return hint(for: text)
    }

    enum Reading: Equatable { case day(Day), ambiguous }

    static func reading(of text: String) -> Reading? {
        if text.count > 10, let day = Day(text.prefix(10)), "T ".contains(text[text.index(text.startIndex, offsetBy: 10)]) {
            return .day(day)
        }
        let parts = text.split { " /.-,".contains($0) }.map(String.init)
        guard parts.count == 3 else { return nil }
        let numbers = parts.map { Int($0) }
        if let month = monthNumber(parts[1]), let day = numbers[0], let year = numbers[2] {
            return found(year, month, day)  // 24 October 2024
        }
        if let month = monthNumber(parts[0]), let day = numbers[1], let year = numbers[2] {
            return found(year, month, day)  // October 24, 2024
        }
        guard let a = numbers[0], let b = numbers[1], let c = numbers[2] else { return nil }
        if parts[0].count == 4 { return found(a, b, c) }  // 2024/10/24
        guard parts[2].count == 4 else { return nil }
        if a > 12 { return found(c, b, a) }  // 24/10/2024
        if b > 12 { return found(c, a, b) }  // 10/24/2024
        return a == b ? found(c, a, b) : .ambiguous
    }

    private static func found(_ year: Int, _ month: Int, _ day: Int) -> Reading? {
        Day(year: year, month: month, day: day).map(Reading.day)
    }

    /// 1 to 12 for a month's English name or its first three letters, in any case.
    private static func monthNumber(_ word: String) -> Int? {
        let lower = word.lowercased()
        guard lower.count >= 3 else { return nil }
        return Day.monthNames.firstIndex { $0.lowercased().hasPrefix(lower) }.map { $0 + 1 }
    }
}
