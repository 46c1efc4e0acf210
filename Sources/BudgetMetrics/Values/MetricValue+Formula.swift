extension Operand {
    /// The operand as a spreadsheet expression over the cells that
    /// `reference` names for its inputs: "B2" for one input, "(B2+C2)" or
    /// "(C5-B5)" for several (a leading subtracted input gives "(-B2+C2)").
    ///
    /// ```swift
    /// operand.expression { input in cells[input.field]! }   // "(F7+G7)"
    /// ```
    public func expression(_ reference: (InputValue) -> String) -> String {
        var text = ""
        for (index, term) in terms.enumerated() {
            if term.subtracted {
                text += "-"
            } else if index > 0 {
                text += "+"
            }
            text += reference(term.input)
        }
        return terms.count > 1 ? "(\(text))" : text
    }
}

extension MetricValue {
    /// The metric as a spreadsheet formula body "numerator/denominator" over
    /// the input cells (`"F7/C7"`, `"(D7+E7)/C7"`), or `nil` when an operand
    /// is not stated. The workbook prefixes it (`of:=`) and caches `value`;
    /// with a zero denominator it shows the spreadsheet's #DIV/0!, so write
    /// the formula only when `value` is not `nil`.
    public func formula(_ reference: (InputValue) -> String) -> String? {
        guard let numerator, let denominator else { return nil }
        return numerator.expression(reference) + "/" + denominator.expression(reference)
    }
}
