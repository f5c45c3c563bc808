import Dispatch

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
        return results.values
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
    var values: [T] { slots.map { $0! } }
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
