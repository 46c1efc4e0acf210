/// Substring tests on UTF-8 bytes. `String.contains(_:)` from Foundation goes
/// through CFString with Unicode folding and dominated the importer's
/// profile; the texts compared here are already folded, so a byte search is
/// exact and many times faster.
extension String {
    /// Whether `needle` occurs in the string (exact, byte-wise).
    @inline(__always)
    func has(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in FastSearch.find(n, in: h) }
        }
    }
}

enum FastSearch {
    static func find(_ n: UnsafeBufferPointer<UInt8>, in h: UnsafeBufferPointer<UInt8>) -> Bool {
        let nc = n.count, hc = h.count
        if nc == 0 { return true }
        if nc > hc { return false }
        let first = n[0]
        var i = 0
        let last = hc - nc
        while i <= last {
            if h[i] == first {
                var k = 1
                while k < nc, h[i + k] == n[k] { k += 1 }
                if k == nc { return true }
            }
            i += 1
        }
        return false
    }
}
