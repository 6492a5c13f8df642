import Testing

@testable import BeamFile

@Suite struct MD5Tests {
    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }

    /// RFC 1321's test suite.
    @Test(arguments: [
        ("", "d41d8cd98f00b204e9800998ecf8427e"),
        ("a", "0cc175b9c0f1b6a831c399e269772661"),
        ("abc", "900150983cd24fb0d6963f7d28e17f72"),
        ("message digest", "f96b697d7cb7938d525a2f31aaf161d0"),
        ("abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"),
        ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "d174ab98d277d9f5a5611c2c9f419d9f"),
        ("12345678901234567890123456789012345678901234567890123456789012345678901234567890", "57edf4a22be3c955ac49da2e2107b67a"),
    ])
    func referenceVectors(_ input: String, _ digest: String) {
        #expect(Self.hex(MD5.digest(Array(input.utf8))) == digest)
    }

    /// Any split of the input into updates gives the digest of the whole.
    @Test func updatesInPiecesMatchOneUpdate() {
        let data = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let whole = MD5.digest(data)
        for piece in [1, 3, 63, 64, 65, 200] {
            var md5 = MD5()
            var offset = 0
            while offset < data.count {
                let end = min(offset + piece, data.count)
                md5.update(data[offset..<end])
                offset = end
            }
            #expect(md5.finish() == whole, "pieces of \(piece)")
        }
    }
}
