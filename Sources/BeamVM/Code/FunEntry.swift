// Fun entries: one per lambda of a loaded module, referenced by every closure made from it.
//
//   word 0   address      the lambda's code
//   word 1   module       atom
//   word 2   function     atom (the compiler's name, such as '-main/0-fun-0-')
//   word 3   arity        arguments the fun takes (not counting free variables)
//   word 4   free count
//   word 5   index        in the module's lambda table
//   word 6   uniq         the module's old uniq value for this lambda

/// A handle to a fun entry.
@frozen
public struct FunEntry {
    public let words: UnsafeMutablePointer<UInt64>
    static let wordCount = 7

    @inline(__always) init(words: UnsafeMutablePointer<UInt64>) { self.words = words }
    @inline(__always) init(_ raw: Term) { words = UnsafeMutablePointer(bitPattern: UInt(raw.raw)).unsafelyUnwrapped }

    @inline(__always) public var address: UInt64 { words[0] }
    @inline(__always) public var module: Term { Term(raw: words[1]) }
    @inline(__always) public var function: Term { Term(raw: words[2]) }
    @inline(__always) public var arity: Int { Int(words[3]) }
    @inline(__always) public var freeCount: Int { Int(words[4]) }
    @inline(__always) public var index: Int { Int(words[5]) }
    @inline(__always) public var uniq: UInt64 { words[6] }
    @inline(__always) var rawValue: UInt64 { UInt64(UInt(bitPattern: words)) }
}
