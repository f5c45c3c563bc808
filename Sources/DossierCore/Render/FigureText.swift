/// How a figure reads in a sentence or a table cell: "at least 3,000 troops",
/// "about 2.5 km", "2,000–3,000 troops".
enum FigureText {
    /// The figure's qualifier, number (or range) and unit.
    static func text(of figure: Figure) -> String {
        text(amount: figure.amount, qualifier: figure.qualifier, unit: figure.unit)
    }

    static func text(amount: Amount, qualifier: Qualifier, unit: String?) -> String {
        let number: String
        switch amount {
        case .value(let value): number = format(value)
        case .range(let min, let max): number = "\(format(min))–\(format(max))"
        }
        let words = [prefix(of: qualifier), number, unit ?? ""].filter { !$0.isEmpty }
        return words.joined(separator: " ")
    }

    /// The words before the number. `exact` and `range` say nothing: the number says it.
    static func prefix(of qualifier: Qualifier) -> String {
        switch qualifier {
        case .exact, .range: ""
        case .about: "about"
        case .atLeast: "at least"
        case .moreThan: "more than"
        case .upTo: "up to"
        case .fewerThan: "fewer than"
        }
    }

    /// Thousands grouped with commas, decimals kept as written: 10000 → "10,000",
    /// 2.5 → "2.5", 12345.75 → "12,345.75".
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        let sign = value < 0 ? "-" : ""
        let magnitude = abs(value)
        let digits: String
        if magnitude == magnitude.rounded(), magnitude < 1e15 {
            digits = String(Int64(magnitude))
        } else {
            digits = plainDecimal(magnitude)
        }
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = grouped(String(parts[0]))
        return sign + (parts.count == 2 ? whole + "." + parts[1] : whole)
    }

    /// Swift's shortest round-trip digits, without exponent notation.
    private static func plainDecimal(_ value: Double) -> String {
        let text = String(value)
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }),
              let exponent = Int(text[text.index(after: e)...]) else { return text }
        let mantissa = text[..<e]
        let pieces = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(pieces[0])
        let fraction = pieces.count > 1 ? String(pieces[1]) : ""
        let allDigits = whole + fraction
        let point = whole.count + exponent
        if point <= 0 {
            return "0." + String(repeating: "0", count: -point) + allDigits
        }
        if point >= allDigits.count {
            return allDigits + String(repeating: "0", count: point - allDigits.count)
        }
        let split = allDigits.index(allDigits.startIndex, offsetBy: point)
        return allDigits[..<split] + "." + allDigits[split...]
    }

    private static func grouped(_ digits: String) -> String {
        var result = ""
        for (n, digit) in digits.enumerated() {
            if n > 0, (digits.count - n) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
