/// Tests eight bytes at once for the few byte values an escape has to replace, so that
/// text with none of them (most text) is passed over a word at a time. Each test is
/// exact as a yes or no: a word it passes holds none of the bytes asked about.
enum ByteScan {
    /// The eight bytes starting at `index`, which must all be in the buffer.
    @inline(__always)
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether one of the word's bytes is `byte`.
    @inline(__always)
    static func holds(_ word: UInt64, _ byte: UInt8) -> Bool {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highs != 0
    }

    /// Whether one of the word's bytes is below `limit` (at most 128).
    @inline(__always)
    static func holdsBelow(_ word: UInt64, _ limit: UInt8) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highs != 0
    }

    /// What `HTML.appendEscaped` replaces: `<`, `>`, `&`, `"` and `'`.
    @inline(__always)
    static func mayNeedHTMLEscape(_ word: UInt64) -> Bool {
        holds(word, 0x3C) || holds(word, 0x3E) || holds(word, 0x26) || holds(word, 0x22) || holds(word, 0x27)
    }

    /// What `JSONValue.escape` looks at: control characters, `"`, `\`, `<`, `>`, `&`,
    /// DEL and 0xE2 (the first byte of U+2028 and U+2029).
    @inline(__always)
    static func mayNeedJSONEscape(_ word: UInt64) -> Bool {
        holdsBelow(word, 0x20) || holds(word, 0x22) || holds(word, 0x5C) || holds(word, 0x3C)
            || holds(word, 0x3E) || holds(word, 0x26) || holds(word, 0x7F) || holds(word, 0xE2)
    }
}
