/// The MS-DOS date and time stored in every zip header.
///
/// Pinned to 1980-01-01 00:00 (the earliest DOS date) so the same input always gives the
/// same bytes.
struct DOSTimestamp: Sendable, Equatable {
    let time: UInt16
    let date: UInt16

    /// 1980-01-01 00:00:00.
    static let fixed = DOSTimestamp(time: 0, date: (0 << 9) | (1 << 5) | 1)
}
