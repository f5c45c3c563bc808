import Foundation

/// How a number written for readers is written in front-matter: `3,000`, `3 000` and
/// `3_000` are `3000`; `2,5` is `2.5`; `12%` is `12`, with the unit in `unit`. Nothing is
/// guessed: `1,234,56` is neither, and gets no hint.
enum NumberHint {
    /// " (write numbers without separators: '3000')" and the like, or "".
    static func hint(for text: String) -> String {
        let groups = text.split(omittingEmptySubsequences: false) { ", _'\u{00A0}\u{202F}".contains($0) }
        let isThousands = groups.count > 1 && groups.dropFirst().allSatisfy { group in
            group.prefix(3).count == 3 && group.prefix(3).allSatisfy(\.isASCIIDigit)
                && (group.count == 3 || (group == groups.last && group.dropFirst(3).first == "."))
        }
        if isThousands, Fields.plainNumber(groups.joined()) != nil {
            return " (write numbers without separators: '\(groups.joined())')"
        }
        let decimal = text.replacingOccurrences(of: ",", with: ".")
        if text.filter({ $0 == "," }).count == 1, Fields.plainNumber(decimal) != nil {
            return " (the decimal point is '.': '\(decimal)')"
        }
        let percent = text.dropLast().trimmingCharacters(in: .whitespaces)
        if text.hasSuffix("%"), Fields.plainNumber(percent) != nil {
            return " (write '\(percent)' here and the unit in 'unit')"
        }
        return ""
    }
}
