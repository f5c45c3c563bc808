import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Synchronization

extension Array where Element: Sendable {
    /// `map` over both cores; the result keeps the order of the input.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        parallelMap(indices, if: true, transform)
    }

    /// `parallelMap` when `worthIt`, else a plain `map` on this thread. For a small site,
    /// handing work to other threads saves nothing, and when they are busy (a machine
    /// running many builds) the hand-over itself waits for one to be free.
    func parallelMap<T: Sendable>(if worthIt: Bool, _ transform: @Sendable (Element) -> T) -> [T] {
        parallelMap(indices, if: worthIt, transform)
    }

    /// The same over the elements in `range`, read where they are: `Array(self[range])`
    /// would copy each one first.
    func parallelMap<T: Sendable>(_ range: Range<Int>, if worthIt: Bool, _ transform: @Sendable (Element) -> T) -> [T] {
        guard worthIt else { return range.map { transform(self[$0]) } }
        let results = ResultSlots<T>(count: range.count)
        self.withUnsafeBufferPointer { items in
            let items = UnsafeSendable(items)
            DispatchQueue.concurrentPerform(iterations: range.count) { index in
                results.set(index, transform(items.value[range.lowerBound + index]))
            }
        }
        return results.takeValues()
    }

    /// `parallelMap` of the elements at `positions`, in that order, that may also change
    /// each element as it maps it: to let go of what an element holds on the core that
    /// used it, not after, on one. No position may be given twice.
    mutating func parallelMapChanging<T: Sendable>(_ positions: [Int], if worthIt: Bool,
                                                   _ transform: @Sendable (inout Element) -> T) -> [T] {
        // Checked, for the writes below go to the elements without the array's guard.
        var given = [Bool](repeating: false, count: count)
        for position in positions {
            precondition(!given[position], "a position given twice")
            given[position] = true
        }
        guard worthIt else { return positions.map { transform(&self[$0]) } }
        let results = ResultSlots<T>(count: positions.count)
        self.withUnsafeMutableBufferPointer { items in
            let items = UnsafeSendable(items)
            // Each element is reached by exactly one iteration.
            DispatchQueue.concurrentPerform(iterations: positions.count) { index in
                results.set(index, transform(&items.value[positions[index]]))
            }
        }
        return results.takeValues()
    }
}

extension Array where Element: Sendable {
    /// `parallelMap` on threads started for this call, one per core: the render stage's.
    /// A thread new to the process gets a malloc arena of its own, so the objects each
    /// page makes and drops come from fresh memory that stays in the cache. On the
    /// threads that parsed and linked, they came from the holes left between the graph's
    /// objects all over the heap, each one a cache miss: at 100,000 briefs malloc was
    /// 20–30 % of the render stage's samples, and the build's user time 72–80 s, where it
    /// is 53–59 s this way.
    ///
    /// `extraThreads`: threads beyond one per core, for work that waits in the kernel,
    /// so that a core whose thread waits has another one to run.
    func parallelMapOnNewThreads<T: Sendable>(extraThreads: Int = 0, _ transform: @Sendable (Element) -> T) -> [T] {
        let results = ResultSlots<T>(count: count)
        let next = WorkQueue(count: count)
        withUnsafeBufferPointer { items in
            let items = UnsafeSendable(items)
            withoutActuallyEscaping(transform) { transform in
                let transform = UnsafeSendable(transform)
                // Joined before the closure's scope ends: no thread may hold it after.
                NewThreads.run(count: ProcessInfo.processInfo.activeProcessorCount + extraThreads) {
                    while let index = next.take() { results.set(index, transform.value(items.value[index])) }
                }
            }
        }
        return results.takeValues()
    }
}

/// Threads started for one piece of work and joined when it is done.
private enum NewThreads {
    private final class Work {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    /// Runs `work` on `count` new threads at once and returns when every one has ended
    /// and let go of it. Where a thread cannot be started, this one does the work.
    static func run(count: Int, _ work: @escaping @Sendable () -> Void) {
        var threads: [pthread_t] = []
        for _ in 0..<Swift.max(1, count) {
            var thread = pthread_t()
            let context = Unmanaged.passRetained(Work(work)).toOpaque()
            let started = pthread_create(&thread, nil, { context in
                Unmanaged<Work>.fromOpaque(context!).takeRetainedValue().run()
                return nil
            }, context)
            if started == 0 {
                threads.append(thread)
            } else {
                Unmanaged<Work>.fromOpaque(context).release()
                work()
            }
        }
        for thread in threads { pthread_join(thread, nil) }
    }
}

/// Hands out the indices `0..<count` one at a time, to whichever thread asks first: a
/// rebuild makes a few files that take tens of milliseconds each (`data/graph.json`,
/// the list pages), and handed out in runs they could fall to the same thread.
private final class WorkQueue: Sendable {
    private let count: Int
    private let next = Atomic<Int>(0)
    init(count: Int) { self.count = count }
    func take() -> Int? {
        let index = next.add(1, ordering: .relaxed).oldValue
        return index < count ? index : nil
    }
}

/// One slot per index, each written by exactly one iteration.
private final class ResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T?>
    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }
    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }
    func set(_ index: Int, _ value: T) { slots[index] = value }
    /// The values, moved out of their slots (once; the slots are left empty): copied out,
    /// every reference in them was kept once more and let go again when the slots went.
    func takeValues() -> [T] {
        [T](unsafeUninitializedCapacity: slots.count) { buffer, initialized in
            for index in slots.indices { (buffer.baseAddress! + index).initialize(to: slots[index].take()!) }
            initialized = slots.count
        }
    }
}

private struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// A value made on another thread, started at once; `value` waits for it.
final class Background<T: Sendable>: @unchecked Sendable {
    private var result: T?
    private let done = DispatchGroup()

    /// Started on another thread, or made here at once when `elsewhere` is false.
    init(elsewhere: Bool = true, _ make: @escaping @Sendable () -> T) {
        done.enter()
        guard elsewhere else {
            result = make()
            done.leave()
            return
        }
        DispatchQueue.global().async {
            self.result = make()
            self.done.leave()
        }
    }

    var value: T {
        done.wait()
        return result!
    }

    /// The value, no longer held here: for a big one used for the last time.
    func take() -> T {
        done.wait()
        defer { result = nil }
        return result!
    }
}
