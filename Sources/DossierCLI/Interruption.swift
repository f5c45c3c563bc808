import Dispatch
import Foundation
import Synchronization

/// SIGINT and SIGTERM ask a build to stop between pages: the staging folder is removed
/// and the previous output stays as it was.
enum Interruption {
    /// The signal that asked to stop, 0 while none did.
    private static let requested = Atomic<Int32>(0)
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func install() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { _ = requested.compareExchange(expected: 0, desired: number, ordering: .relaxed) }
            source.resume()
            sources.append(source)
        }
    }

    static var isRequested: Bool { requested.load(ordering: .relaxed) != 0 }

    /// The exit status for an interrupted run: 128 plus the signal, as shells report it
    /// (130 for SIGINT, 143 for SIGTERM).
    static var exitStatus: Int32 {
        let number = requested.load(ordering: .relaxed)
        return 128 + (number == 0 ? SIGINT : number)
    }
}
