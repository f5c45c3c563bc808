extension String {
    /// The texts one after another, written into one new string. Each `+` or `append`
    /// costs a few hundred instructions and may allocate; links and addresses, made by
    /// the hundred thousand, were a twentieth of a build that way.
    static func joined(_ a: String, _ b: String, _ c: String = "", _ d: String = "", _ e: String = "") -> String {
        let count = a.utf8.count + b.utf8.count + c.utf8.count + d.utf8.count + e.utf8.count
        return String(unsafeUninitializedCapacity: count) { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            var end = UnsafeMutableRawPointer(base)
            end = copy(a, to: end)
            end = copy(b, to: end)
            end = copy(c, to: end)
            end = copy(d, to: end)
            end = copy(e, to: end)
            return end - UnsafeMutableRawPointer(base)
        }
    }

    /// Copies the text's bytes to `target`; returns where they end.
    @inline(__always)
    private static func copy(_ text: String, to target: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer {
        text.withBytes { bytes in
            guard let start = bytes.baseAddress else { return target }
            target.copyMemory(from: start, byteCount: bytes.count)
            return target + bytes.count
        }
    }
}

extension String {
    /// The text's UTF-8 bytes, read where they are. `var copy = text; copy.withUTF8`
    /// keeps and lets go of the text's storage, a count changed twice for every value
    /// a page prints (millions a build); a native string is read in place instead.
    @inline(__always)
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }
}
