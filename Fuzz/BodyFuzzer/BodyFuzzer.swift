import DossierCore
import Foundation

/// libFuzzer calls this with each input: a brief's Markdown body (first byte: unsafe_html when odd). See docs/fuzzing.md.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.body(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

#if !FUZZING
/// Without `-DFUZZING` (a plain `swift build`), a replayer: runs each file or folder of
/// inputs given as arguments once, so a crasher can be reproduced without libFuzzer.
@main
struct Replay {
    static func main() {
        let files = CommandLine.arguments.dropFirst().flatMap { path -> [String] in
            let inner = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return inner.isEmpty ? [path] : inner.sorted().map { path + "/" + $0 }
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            _ = data.withUnsafeBytes { fuzzOneInput($0.bindMemory(to: UInt8.self).baseAddress, $0.count) }
        }
        print("ran \(files.count) inputs")
    }
}
#endif
