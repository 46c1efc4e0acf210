import Foundation

/// The batch's hold on its output folder: created, locked against a second
/// batch, and cleared of what an interrupted run left behind.
///
/// Every output is written under a hidden temporary name in its own folder
/// and renamed into place when complete (`AtomicFile`:
/// `.<name>.tmp-XXXXXX`; `ReportRunner`'s staging folders:
/// `.<group>.staging-XXXXXX`; `batch-report.json` likewise). A run that is
/// killed can leave such hidden entries, never a partial file under a final
/// name. The next batch into the same folder removes them before writing
/// (`removeLeftovers`); nothing else is ever deleted. Readers of the output
/// folder can ignore hidden entries.
///
/// The lock is `flock` on the folder itself (no lock file): the system
/// releases it when the process ends, however it ends, so a killed batch
/// never blocks the next one. Two batches into one folder at once would
/// otherwise remove each other's temporary files.
final class OutputFolder {
    let url: URL
    /// The open folder, holding the lock; closed (and unlocked) on deinit.
    private let descriptor: Int32

    /// Creates `url` if needed and locks it.
    ///
    /// Thrown: `BatchError.outputNotWritable` when it cannot be created or
    /// opened, `BatchError.outputBusy` when another batch holds the lock.
    init(_ url: URL) throws {
        self.url = url
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw BatchError.outputNotWritable(url.path, (error as NSError).localizedDescription)
        }
        guard access(url.path, W_OK) == 0 else {
            throw BatchError.outputNotWritable(url.path, String(cString: strerror(errno)))
        }
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else {
            throw BatchError.outputNotWritable(url.path, String(cString: strerror(errno)))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw BatchError.outputBusy(url.path)
        }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Removes the temporary files and staging folders an interrupted run left
    /// where this batch writes: the folder itself (staging folders, the
    /// report), the given group folders and their profile folders (`单位`).
    /// Returns their paths relative to the folder, sorted. Only hidden names
    /// of the form the writers use are touched (`isLeftover`), nothing deeper,
    /// and no other folder: a leftover in the folder of a group that is no
    /// longer in the input stays (hidden, and ignored by everything).
    @discardableResult
    func removeLeftovers(groupFolders: [String]) -> [String] {
        let manager = FileManager.default
        var scanned = [""]
        for group in groupFolders {
            scanned += [group, group + "/" + ProfileFileName.folder]
        }
        var removed: [String] = []
        for folder in scanned {
            let path = folder.isEmpty ? url.path : url.appendingPathComponent(folder).path
            for name in ((try? manager.contentsOfDirectory(atPath: path)) ?? []).sorted() where Self.isLeftover(name) {
                let entry = folder.isEmpty ? name : folder + "/" + name
                if (try? manager.removeItem(at: url.appendingPathComponent(entry))) != nil { removed.append(entry) }
            }
        }
        return removed.sorted()
    }

    /// A hidden temporary name the batch's writers use: `.<name>.ods.tmp-XXXXXX`,
    /// `.<name>.odt.tmp-XXXXXX`, `.<name>.json.tmp-XXXXXX` (a file being
    /// written) or `.<group>.staging-XXXXXX` (a group's staging folder), where
    /// XXXXXX are the six letters or digits of `mkstemp`/`mkdtemp`.
    static func isLeftover(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.count > 8 else { return false }
        let suffix = name.suffix(6)
        guard suffix.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return false }
        let head = name.dropLast(6)
        if head.hasSuffix(".staging-") { return true }
        return [".ods.tmp-", ".odt.tmp-", ".json.tmp-"].contains { head.hasSuffix($0) }
    }

    /// Writes `data` to `name` in the folder atomically: a hidden temporary
    /// file beside it (`.<name>.tmp-XXXXXX`), synced, then renamed into place.
    ///
    /// Thrown: `BatchError.outputNotWritable` on any I/O failure (the
    /// temporary file is then removed).
    func writeAtomically(_ data: Data, to name: String) throws {
        let destination = url.appendingPathComponent(name)
        var template = Array("\(url.path)/.\(name).tmp-XXXXXX".utf8CString)
        let file = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        guard file >= 0 else { throw BatchError.outputNotWritable(destination.path, String(cString: strerror(errno))) }
        var closed = false
        defer {
            if !closed { close(file); unlink(temporary) }
        }
        fchmod(file, 0o644)
        let written = data.withUnsafeBytes { bytes -> Bool in
            var offset = 0
            while offset < bytes.count {
                let n = write(file, bytes.baseAddress! + offset, bytes.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += n
            }
            return true
        }
        guard written, fsync(file) == 0 else {
            throw BatchError.outputNotWritable(destination.path, String(cString: strerror(errno)))
        }
        closed = true
        guard close(file) == 0, rename(temporary, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw BatchError.outputNotWritable(destination.path, reason)
        }
    }
}
