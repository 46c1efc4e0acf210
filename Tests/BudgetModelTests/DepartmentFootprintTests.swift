@testable import BudgetModel
import Foundation
import XCTest

/// What a decoded department costs to keep: a batch holds every department
/// of a region from reading until its group's workbook is written, so the
/// figures, arrays and texts of one department are multiplied by 20,000.
final class DepartmentFootprintTests: XCTestCase {
    func testAFigureKeepsItsProvenanceOutOfLine() {
        // Decimal (20 bytes) and one pointer; the provenance inline was 56 bytes.
        XCTAssertLessThanOrEqual(MemoryLayout<Amount?>.stride, 32)
        XCTAssertLessThanOrEqual(MemoryLayout<Count?>.stride, 16)

        var figure = Amount(Decimal(string: "12.5")!, line: 87, table: "表1")
        XCTAssertEqual(figure.source, Provenance(line: 87, table: "表1"))
        let copy = figure
        figure.source?.line = 88
        XCTAssertEqual(figure.source?.line, 88)
        XCTAssertEqual(copy.source?.line, 87, "a copy keeps its own provenance")
        XCTAssertNotEqual(figure, copy)
        XCTAssertEqual(Amount(5, source: Provenance(line: 3)), Amount(5, source: Provenance(line: 3)))
        XCTAssertEqual(Set([Amount(5, source: Provenance(line: 3)), Amount(5, source: Provenance(line: 3))]).count, 1)
        figure.source = nil
        XCTAssertEqual(figure, Amount(Decimal(string: "12.5")!))
    }

    func testDecodedArraysHoldNoSpareRoom() throws {
        let file = try XCTUnwrap(try SyntheticRegion.generate(.init(count: 1, seed: 1)).first)
        let department = try DepartmentFile.decode(file.text, file: file.name)
        let functions = try XCTUnwrap(department.expenditure?.byFunction)
        let economic = try XCTUnwrap(department.basicExpenditure?.byEconomicClass)
        XCTAssertGreaterThan(functions.count, 8)
        XCTAssertGreaterThan(economic.count, 8)
        // Appending one by one (the standard library's Array.init(from:))
        // leaves the capacity at the next power of two.
        XCTAssertLessThanOrEqual(functions.capacity, functions.count + 1)
        XCTAssertLessThanOrEqual(economic.capacity, economic.count + 1)
    }

    func testDepartmentsReadWithSharedStringsShareTheirRepeatedTexts() throws {
        let files = try SyntheticRegion.generate(.init(count: 6, seed: 3))
        let strings = SharedStrings()
        let shared = try files.map { try DepartmentFile.decode($0.text, file: $0.name, sharing: strings) }
        let alone = try files.map { try DepartmentFile.decode($0.text, file: $0.name) }
        XCTAssertEqual(shared, alone, "sharing texts changes no value")
        XCTAssertGreaterThan(strings.count, 0)

        // The same class name in two departments is one storage.
        func names(_ department: Department) -> [String] {
            (department.expenditure?.byFunction ?? []).compactMap(\.name).filter { $0.utf8.count >= 16 }
        }
        let first = names(shared[0]), second = names(shared[1])
        let common = try XCTUnwrap(first.first { second.contains($0) }, "two synthetic departments share a class name")
        let a = try XCTUnwrap(first.first { $0 == common }), b = try XCTUnwrap(second.first { $0 == common })
        XCTAssertEqual(storage(a), storage(b))
        let c = try XCTUnwrap(names(alone[0]).first { $0 == common }), d = try XCTUnwrap(names(alone[1]).first { $0 == common })
        XCTAssertNotEqual(storage(c), storage(d), "without the table each department has its own copy")
    }

    func testSharedStringsKeepsOnlyTextsStoredOutOfLine() {
        let strings = SharedStrings()
        XCTAssertEqual(strings.share("办公室"), "办公室")  // 9 bytes: inside the String itself
        XCTAssertEqual(strings.count, 0)
        let name = "一般公共服务支出"  // 24 bytes
        XCTAssertEqual(strings.share(String(name.reversed().reversed())), name)
        XCTAssertEqual(strings.share(name), name)
        XCTAssertEqual(strings.count, 1)
        let long = String(repeating: "项目", count: 20)  // 120 bytes
        XCTAssertEqual(strings.share(long), long)
        XCTAssertEqual(strings.count, 1)
    }

    /// The address of a native string's UTF-8 storage.
    private func storage(_ text: String) -> UnsafeRawPointer? {
        var copy = text
        return copy.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }
}
