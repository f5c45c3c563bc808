/// How a figure reads in a sentence or a table cell: "at least 3,000 troops",
/// "about 2.5 km", "2,000–3,000 troops".
enum FigureText {
    /// The figure's qualifier, number (or range) and unit.
    static func text(of figure: Figure) -> String {
        text(amount: figure.amount, qualifier: figure.qualifier, unit: figure.unit)
    }

    static func text(amount: Amount, qualifier: Qualifier, unit: String?) -> String {
        var text = prefix(of: qualifier)
        if !text.isEmpty { text += " " }
        switch amount {
        case .value(let value): text += format(value)
        case .range(let min, let max): text += format(min) + "–" + format(max)
        }
        if let unit, !unit.isEmpty { text += " " + unit }
        return text
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
        let magnitude = abs(value)
        let digits = magnitude == magnitude.rounded() && magnitude < 1e15 ? String(Int64(magnitude)) : plainDecimal(magnitude)
        let point = digits.utf8.firstIndex(of: UInt8(ascii: ".")) ?? digits.endIndex
        return (value < 0 ? "-" : "") + grouped(digits.utf8[..<point]) + digits[point...]
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

    /// ASCII digits with a comma before each group of three from the right, made as
    /// bytes: walking a number's `Character`s was most of the time figures took to show.
    private static func grouped(_ digits: Substring.UTF8View) -> String {
        let count = digits.count
        guard count > 3 else { return String(Substring(digits)) }
        return String(unsafeUninitializedCapacity: count + (count - 1) / 3) { buffer in
            var end = 0
            for (n, digit) in digits.enumerated() {
                if n > 0, (count - n) % 3 == 0 {
                    buffer[end] = UInt8(ascii: ",")
                    end += 1
                }
                buffer[end] = digit
                end += 1
            }
            return end
        }
    }
}
