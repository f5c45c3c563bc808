import Dispatch
import Foundation
import Synchronization

/// SIGINT and SIGTERM ask a build to stop between pages: the staging folder is removed
/// and the previous output stays as it was.
enum Interruption {
    private static let requested = Atomic<Bool>(false)
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func install() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { requested.store(true, ordering: .relaxed) }
            source.resume()
            sources.append(source)
        }
    }

    static var isRequested: Bool { requested.load(ordering: .relaxed) }
}
