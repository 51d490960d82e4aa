package gcc.jisr.adapters.pension;

import gcc.jisr.contracts.pension.v1.ContributionReport;

import java.io.Closeable;
import java.util.Iterator;

/**
 * A national contribution report being read: its head, read when the reader was opened, and its records, read one at
 * a time as {@link #next()} is called. Each {@link ContributionLine} is either a canonical record or the problem that
 * kept a record from being read; the reader goes on after a problem. {@link #next()} throws a
 * {@link gcc.jisr.adapters.RegistryFormatException} only when the file cannot be read any further (an XML or JSON file
 * that is not well formed, a line longer than any record): the records read up to there have been handed out, and
 * the report as a whole cannot be proved complete. A failure of the stream itself comes as an
 * {@link java.io.UncheckedIOException}, also after the last record read before it.
 */
public interface ContributionFileReader extends Iterator<ContributionLine>, Closeable {

    /** The report without its records: ids, institutions, employer, month, declared totals, withheld records. */
    ContributionReport header();
}
