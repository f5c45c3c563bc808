import Foundation
import Synchronization
import Testing
@testable import DossierCore

/// Work spread over threads started for it: every item done once, results in order.
@Suite struct ParallelMapTests {
    @Test(arguments: [0, 1, 7, 8, 9, 1000])
    func workOnNewThreadsKeepsTheOrderAndDoesEachItemOnce(_ count: Int) {
        let calls = Mutex(Array(repeating: 0, count: count))
        let results = Array(0..<count).parallelMapOnNewThreads { item -> String in
            calls.withLock { $0[item] += 1 }
            return "item \(item)"
        }
        #expect(results == (0..<count).map { "item \($0)" })
        #expect(calls.withLock { $0 } == Array(repeating: 1, count: count))
    }

    /// At given positions, on both cores or on this thread: each element there mapped
    /// and changed once, in the order given, the others left alone.
    @Test(arguments: [true, false])
    func mappingInPlaceChangesEachElementGivenOnce(_ spread: Bool) {
        var items = Array(0..<1000)
        let positions = Array((100..<900).reversed())
        let results = items.parallelMapChanging(positions, if: spread) { item -> String in
            defer { item += 10_000 }
            return "item \(item)"
        }
        #expect(results == positions.map { "item \($0)" })
        #expect(items == Array(0..<100) + Array(10_100..<10_900) + Array(900..<1000))
    }

    /// Extra threads run at once with the others: as many items as threads each wait
    /// until all of them have started, which they can only do on threads of their own.
    @Test func extraThreadsRunBesideOnePerCore() {
        let threads = ProcessInfo.processInfo.activeProcessorCount + 2
        let started = Atomic(0)
        let results = Array(0..<threads).parallelMapOnNewThreads(extraThreads: 2) { _ -> Bool in
            started.add(1, ordering: .relaxed)
            var waited = 0  // in milliseconds, up to a minute on a busy machine
            while started.load(ordering: .relaxed) < threads, waited < 60_000 {
                usleep(1_000)
                waited += 1
            }
            return started.load(ordering: .relaxed) == threads
        }
        #expect(results == Array(repeating: true, count: threads))
    }
}
