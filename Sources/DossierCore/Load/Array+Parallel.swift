import Dispatch

extension Array where Element: Sendable {
    /// `map` over both cores; the result keeps the order of the input.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let results = ResultSlots<T>(count: count)
        self.withUnsafeBufferPointer { items in
            let items = UnsafeSendable(items)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                results.set(index, transform(items.value[index]))
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

    init(_ make: @escaping @Sendable () -> T) {
        done.enter()
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
