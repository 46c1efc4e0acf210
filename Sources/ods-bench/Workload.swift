import Foundation

/// One department of the workload (amounts in cents of 万元, i.e. units of 0.01).
struct Department {
    var name = ""
    var year = 0, authorized = 0, active = 0, retired = 0, separated = 0
    var basic: Int64 = 0, personnel: Int64 = 0, publicFunds: Int64 = 0, project: Int64 = 0
    var fiscal: Int64 = 0, sangong: Int64 = 0
    var itemCount = 0
    /// Byte offset of the `items` array, read again while writing sheet 2.
    var itemsOffset = 0
}

/// One line item, its strings still as byte ranges in the input.
struct Item {
    var code: Range<Int> = 0..<0, name: Range<Int> = 0..<0
    var codeEscaped = false, nameEscaped = false
    var amount: Int64 = 0, basic: Int64 = 0, project: Int64 = 0
}

/// The workload file, memory-mapped: departments are parsed up front (sheet 1 needs
/// them all), items are re-scanned in place while sheet 2 streams, so memory stays flat.
final class Workload {
    // Owned mapping; unmapped in deinit.
    private let base: UnsafeMutableRawPointer
    private let size: Int
    private(set) var departments: [Department] = []

    init(path: String) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw JSONScanner.Failure(message: "cannot open \(path): \(String(cString: strerror(errno)))", offset: 0) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0 else { throw JSONScanner.Failure(message: "cannot stat \(path)", offset: 0) }
        size = Int(info.st_size)
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), mapped != MAP_FAILED else {
            throw JSONScanner.Failure(message: "cannot map \(path)", offset: 0)
        }
        base = mapped
        madvise(base, size, MADV_SEQUENTIAL)
        try parseDepartments()
    }

    deinit { munmap(base, size) }

    func scanner(at offset: Int = 0) -> JSONScanner {
        var s = JSONScanner(base: UnsafePointer(base.assumingMemoryBound(to: UInt8.self)), count: size)
        s.position = offset
        return s
    }

    /// Drops mapped pages before `offset` from memory (they are re-read if needed).
    func release(before offset: Int) {
        let page = 4096
        let end = offset / page * page
        if end > 0 { madvise(base, end, MADV_DONTNEED) }
    }

    /// The text of an item string.
    func string(_ range: Range<Int>, escaped: Bool) throws -> String {
        if !escaped {
            return String(decoding: UnsafeRawBufferPointer(start: base + range.lowerBound, count: range.count), as: UTF8.self)
        }
        var s = scanner(at: range.lowerBound - 1)
        return try s.string()
    }

    private func parseDepartments() throws {
        var s = scanner()
        try s.expect(0x7B)
        var nextRelease = 8 << 20
        repeat {
            let key = try s.key()
            guard s.equals(key, "departments") else { try s.skipValue(); continue }
            try s.expect(0x5B)
            if s.consume(0x5D) { continue }
            repeat {
                departments.append(try parseDepartment(&s))
                if s.position > nextRelease { release(before: s.position - (1 << 20)); nextRelease += 8 << 20 }
            } while s.consume(0x2C)
            try s.expect(0x5D)
        } while s.consume(0x2C)
        try s.expect(0x7D)
        release(before: size)
    }

    private func parseDepartment(_ s: inout JSONScanner) throws -> Department {
        var d = Department()
        try s.expect(0x7B)
        repeat {
            let k = try s.key()
            if s.equals(k, "name") { d.name = try s.string() }
            else if s.equals(k, "year") { d.year = try s.integer() }
            else if s.equals(k, "authorized") { d.authorized = try s.integer() }
            else if s.equals(k, "active") { d.active = try s.integer() }
            else if s.equals(k, "retired") { d.retired = try s.integer() }
            else if s.equals(k, "separated") { d.separated = try s.integer() }
            else if s.equals(k, "basic") { d.basic = try s.fixed(scale: 2) }
            else if s.equals(k, "personnel") { d.personnel = try s.fixed(scale: 2) }
            else if s.equals(k, "public") { d.publicFunds = try s.fixed(scale: 2) }
            else if s.equals(k, "project") { d.project = try s.fixed(scale: 2) }
            else if s.equals(k, "fiscal") { d.fiscal = try s.fixed(scale: 2) }
            else if s.equals(k, "sangong") { d.sangong = try s.fixed(scale: 2) }
            else if s.equals(k, "items") {
                d.itemsOffset = s.position
                try s.expect(0x5B)
                if !s.consume(0x5D) {
                    repeat { try s.skipValue(); d.itemCount += 1 } while s.consume(0x2C)
                    try s.expect(0x5D)
                }
            } else { try s.skipValue() }
        } while s.consume(0x2C)
        try s.expect(0x7D)
        return d
    }

    /// Calls `body` for each item of `department`, in order.
    func forEachItem(of department: Department, _ body: (Item) throws -> Void) throws {
        var s = scanner(at: department.itemsOffset)
        try s.expect(0x5B)
        if s.consume(0x5D) { return }
        repeat {
            var item = Item()
            try s.expect(0x7B)
            repeat {
                let k = try s.key()
                if s.equals(k, "code") { (item.code, item.codeEscaped) = try s.stringBytes() }
                else if s.equals(k, "name") { (item.name, item.nameEscaped) = try s.stringBytes() }
                else if s.equals(k, "amount") { item.amount = try s.fixed(scale: 2) }
                else if s.equals(k, "basic") { item.basic = try s.fixed(scale: 2) }
                else if s.equals(k, "project") { item.project = try s.fixed(scale: 2) }
                else { try s.skipValue() }
            } while s.consume(0x2C)
            try s.expect(0x7D)
            try body(item)
        } while s.consume(0x2C)
        try s.expect(0x5D)
    }
}
