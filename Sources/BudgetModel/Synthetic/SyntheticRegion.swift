import Foundation

/// A deterministic synthetic region: `count` departments of one fictitious
/// city with realistic sizes (5–600 staff), 公用经费 per head, 三公 components,
/// projects and function classes, some of them final accounts (决算) with
/// performance self-evaluations, a few with fields left out.
///
/// Every department is internally consistent (the data checks pass) unless
/// `inconsistencies` asks for deliberate errors, which are listed per file.
/// The same options give the same files byte for byte: all randomness comes
/// from `SplitMix64` seeded with `seed`. Every department is marked
/// `identity.synthetic: true` and named "（模拟）…".
///
/// ```swift
/// let files = try SyntheticRegion.generate(.init(count: 30, seed: 7, inconsistencies: 3))
/// try SyntheticRegion.write(files, to: URL(fileURLWithPath: "Region"))
/// ```
public enum SyntheticRegion {
    public struct Options: Sendable, Hashable {
        /// Number of departments.
        public var count: Int
        public var seed: UInt64
        /// Year of the budgets; final accounts are for the year before.
        public var year: Int
        /// Share of departments that are final accounts (决算), in percent.
        public var finalPercent: Int
        /// Share of departments with one or two sections left out, in percent.
        public var missingPercent: Int
        /// Number of deliberate inconsistencies spread over the departments.
        public var inconsistencies: Int
        /// Number of additional, deliberately malformed files.
        public var badFiles: Int

        public init(count: Int, seed: UInt64, year: Int = 2025, finalPercent: Int = 20, missingPercent: Int = 10,
                    inconsistencies: Int = 0, badFiles: Int = 0) {
            self.count = count
            self.seed = seed
            self.year = year
            self.finalPercent = finalPercent
            self.missingPercent = missingPercent
            self.inconsistencies = inconsistencies
            self.badFiles = badFiles
        }
    }

    /// One generated file.
    public struct File: Sendable {
        /// File name, e.g. `007-（模拟）教育局-2025-预算.yaml`.
        public var name: String
        /// The file's text.
        public var text: String
        /// The department the text decodes to; `nil` for a malformed file.
        public var department: Department?
        /// Deliberate errors in this department.
        public var injected: [InjectedInconsistency]
        /// Sections left out ("assets", "staff.authorized", …).
        public var omitted: [String]
        /// The defect of a deliberately malformed file.
        public var malformed: SyntheticMalformedFile?
    }

    /// The departments and malformed files for `options`, in file-name order.
    /// - Throws: an `EncodingError` if a department cannot be written as YAML.
    public static func generate(_ options: Options) throws -> [File] {
        var master = SplitMix64(seed: options.seed)
        let city = master.pick(SyntheticCatalogue.regions)
        var agencyOrder = Array(SyntheticCatalogue.agencies.indices)
        for index in stride(from: agencyOrder.count - 1, to: 0, by: -1) {
            agencyOrder.swapAt(index, master.int(in: 0...index))
        }
        let width = max(3, String(options.count + options.badFiles).count)
        var files: [File] = []
        var departments: [Department] = []
        var omissions: [[String]] = []
        for index in 0..<options.count {
            var rng = SplitMix64(seed: master.next())
            let agency = SyntheticCatalogue.agencies[agencyOrder[index % agencyOrder.count]]
            let round = index / agencyOrder.count
            let district = round == 0 ? "" : SyntheticCatalogue.districts[(round - 1) % SyntheticCatalogue.districts.count]
            let number = round > SyntheticCatalogue.districts.count ? "第\((round - 1) / SyntheticCatalogue.districts.count + 1)" : ""
            let shortName = SyntheticCatalogue.prefix + district + number + agency.name
            let name = SyntheticCatalogue.prefix + city + district + number + agency.name
            let kind: DisclosureKind = rng.chance(options.finalPercent) ? .final : .budget
            let builder = SyntheticDepartmentBuilder(
                name: name, shortName: shortName, region: SyntheticCatalogue.prefix + city,
                agency: agency, year: kind == .budget ? options.year : options.year - 1, kind: kind)
            var department = builder.build(&rng)
            var omitted: [String] = []
            if rng.chance(options.missingPercent) { omitted = omit(from: &department, &rng) }
            departments.append(department)
            omissions.append(omitted)
        }

        // Inconsistencies come from their own stream, so asking for them
        // changes only the figures they alter.
        var injected = Array(repeating: [InjectedInconsistency](), count: options.count)
        var errors = SplitMix64(seed: options.seed ^ 0x5EED_1DEA_0000_0001)
        if options.count > 0 {
            for _ in 0..<options.inconsistencies {
                let index = errors.int(in: 0...(options.count - 1))
                let kinds = InjectedInconsistency.Kind.allCases.filter { $0.applies(to: departments[index]) }
                guard !kinds.isEmpty else { continue }
                let kind = errors.pick(kinds)
                let delta = Decimal(errors.int(in: 100...9999)) / 100
                injected[index].append(kind.inject(into: &departments[index], delta: delta))
            }
        }

        for (index, department) in departments.enumerated() {
            let identity = department.identity
            let name = "\(pad(index + 1, width))-\(identity.shortName ?? identity.name)-\(identity.year)-\(identity.kind.chineseName).yaml"
            files.append(File(name: name, text: try text(of: department, options: options), department: department,
                              injected: injected[index], omitted: omissions[index], malformed: nil))
        }
        let defects = SyntheticMalformedFile.allCases
        for index in 0..<options.badFiles {
            let defect = defects[index % defects.count]
            let name = "\(pad(options.count + index + 1, width))-bad-\(defect.rawValue).yaml"
            let department = SyntheticCatalogue.prefix + city + "错误样例\(index + 1)"
            files.append(File(name: name, text: defect.text(name: department, year: options.year), department: nil,
                              injected: [], omitted: [], malformed: defect))
        }
        return files
    }

    /// Writes `files` into `directory` (created if needed).
    public static func write(_ files: [File], to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for file in files {
            try Data(file.text.utf8).write(to: directory.appendingPathComponent(file.name), options: .atomic)
        }
    }

    /// The department file text: a header saying it is synthetic, then the YAML.
    static func text(of department: Department, options: Options) throws -> String {
        let header = """
        # 模拟数据 (synthetic): not a real department. Generated by
        # budget-compare generate-region --count \(options.count) --seed \(options.seed); format: docs/DEPARTMENT-FILE.md

        """
        return header + (try DepartmentFile.encode(department))
    }

    /// Leaves out one or two sections, as real disclosures sometimes do.
    static func omit(from department: inout Department, _ rng: inout SplitMix64) -> [String] {
        let choices = ["staff.authorized", "assets", "procurement", "operatingCost", "yearOnYear", "identity.divisions"]
        let picked = rng.sample(rng.int(in: 1...2), of: choices.count).map { choices[$0] }
        for field in picked {
            switch field {
            case "staff.authorized": department.staff?.authorized = nil
            case "assets": department.assets = nil
            case "procurement": department.procurement = nil
            case "operatingCost": department.operatingCost = nil
            case "yearOnYear": department.yearOnYear = nil
            default: department.identity.divisions = nil
            }
        }
        return picked
    }

    static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
