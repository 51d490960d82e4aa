package gcc.jisr.adapters.pension;

import gcc.jisr.contracts.pension.v1.ContributionRecord;

/**
 * One record of a contribution report as read from a national file: the canonical record, or the problem that kept
 * it from being read (exactly one of the two).
 *
 * @param index where the record is among the records, from 0
 * @param line  where it starts in the national file, from 1 (its line, or the line of its element or object)
 */
public record ContributionLine(int index, int line, ContributionRecord record, RecordProblem problem) {

    public ContributionLine {
        if ((record == null) == (problem == null)) {
            throw new IllegalArgumentException("a line is a record or a problem");
        }
    }

    public static ContributionLine of(int index, int line, ContributionRecord record) {
        return new ContributionLine(index, line, record, null);
    }

    public static ContributionLine refused(RecordProblem problem) {
        return new ContributionLine(problem.index(), problem.line(), null, problem);
    }

    public boolean readable() {
        return record != null;
    }
}
