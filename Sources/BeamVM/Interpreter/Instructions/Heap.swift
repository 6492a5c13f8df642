// Stack frames, heap reservations and construction of lists, tuples and pairs.

extension Exec {
    // MARK: Frames

    @inline(__always) static func allocateK(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let words = field(word, 0)
        guard m.ensureHeap(p, words &+ field(word, 2), live: field(word, 1)) else { return .stop }
        m.setStack(Interpreter.pushFrame(m.sp, words, cp: m.cp), p)
        m.cp = 0
        return m.skip(1)
    }

    @inline(__always) static func allocate(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let words = int(m.pc[1]) &+ 1
        guard m.ensureHeap(p, words, live: int(m.pc[2])) else { return .stop }
        m.setStack(Interpreter.pushFrame(m.sp, words, cp: m.cp), p)
        m.cp = 0
        return m.skip(3)
    }

    @inline(__always) static func allocateHeap(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let words = int(m.pc[1]) &+ 1
        guard m.ensureHeap(p, words &+ int(m.pc[2]), live: int(m.pc[3])) else { return .stop }
        m.setStack(Interpreter.pushFrame(m.sp, words, cp: m.cp), p)
        m.cp = 0
        return m.skip(4)
    }

    @inline(__always) static func testHeap(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        guard m.ensureHeap(p, int(m.pc[1]), live: int(m.pc[2])) else { return .stop }
        return m.skip(3)
    }

    @inline(__always) static func deallocate(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.cp = m.sp[0].raw
        m.setStack(m.sp + (int(m.pc[1]) &+ 1), p)
        return m.skip(2)
    }

    @inline(__always) static func trim(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let n = int(m.pc[1])
        m.sp[n] = m.sp[0]
        m.setStack(m.sp + n, p)
        return m.skip(2)
    }

    // MARK: Lists

    @inline(__always) static func putList(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let head = m.source(m.pc[1]), tail = m.source(m.pc[2])
        let cell = Interpreter.heapAllocate(p, 2, m.sp)
        cell[0] = head
        cell[1] = tail
        m.store(m.pc[3], .list(cell))
        return m.skip(4)
    }

    @inline(__always) static func putListXXX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        Interpreter.putList(XRegister.self, XRegister.self, XRegister.self, p, word, m.x, m.sp)
        return m.skip(1)
    }

    @inline(__always) static func putListYXX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        Interpreter.putList(YRegister.self, XRegister.self, XRegister.self, p, word, m.x, m.sp)
        return m.skip(1)
    }

    @inline(__always) static func putListRRR(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        Interpreter.putList(AnyRegister.self, AnyRegister.self, AnyRegister.self, p, word, m.x, m.sp)
        return m.skip(1)
    }

    @inline(__always) static func testHeapPutListRRR(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        guard m.ensureHeap(p, int(m.pc[1]), live: int(m.pc[2])) else { return .stop }
        Interpreter.putList(AnyRegister.self, AnyRegister.self, AnyRegister.self, p, word, m.x, m.sp)
        return m.skip(3)
    }

    // MARK: Tuples

    @inline(__always) static func putTuple2(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let arity = int(m.pc[2])
        let object = Interpreter.heapAllocate(p, arity &+ 1, m.sp)
        Interpreter.buildTuple(object, arity, m.pc + 3, m.x, m.sp)
        m.store(m.pc[1], .boxed(object))
        return m.skip(3 &+ arity)
    }

    @inline(__always) static func testHeapPutTuple2(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        guard m.ensureHeap(p, int(m.pc[1]), live: int(m.pc[2])) else { return .stop }
        // The loader checked that the tuple fits in the words just reserved.
        let arity = int(m.pc[4])
        let object = p.heapTop
        p.heapTop = object + (arity &+ 1)
        Interpreter.buildTuple(object, arity, m.pc + 5, m.x, m.sp)
        m.store(m.pc[3], .boxed(object))
        return m.skip(5 &+ arity)
    }

    @inline(__always) static func testHeapPutPairRR(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        guard m.ensureHeap(p, int(m.pc[1]), live: int(m.pc[2])) else { return .stop }
        // The loader checked that the pair fits in the words just reserved.
        let object = p.heapTop
        p.heapTop = object + 3
        object[0] = Header.tuple(2)
        object[1] = register(word, 0, m.x, m.sp).pointee
        object[2] = register(word, 1, m.x, m.sp).pointee
        register(word, 2, m.x, m.sp).pointee = .boxed(object)
        return m.skip(3)
    }
}
