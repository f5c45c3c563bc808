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
}
