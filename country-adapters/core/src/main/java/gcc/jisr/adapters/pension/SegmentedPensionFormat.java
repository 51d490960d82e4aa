package gcc.jisr.adapters.pension;

import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.pension.segments.FileLayout;
import gcc.jisr.adapters.pension.segments.NationalSegment;
import gcc.jisr.adapters.pension.segments.SegmentSyntax;
import gcc.jisr.adapters.pension.segments.SegmentSyntax.SegmentReader;
import gcc.jisr.adapters.pension.segments.SegmentSyntax.SegmentWriter;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.pension.v1.ContributionRecord;
import gcc.jisr.contracts.pension.v1.ContributionReport;
import gcc.jisr.contracts.pension.v1.PensionNotice;
import gcc.jisr.contracts.pension.v1.RecordResult;
import gcc.jisr.contracts.pension.v1.ServicePeriodStatement;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

import static gcc.jisr.adapters.pension.PensionLayouts.CONTRIBUTION_ANSWER;
import static gcc.jisr.adapters.pension.PensionLayouts.CONTRIBUTION_REPORT;
import static gcc.jisr.adapters.pension.PensionLayouts.PENSION_ANSWER;
import static gcc.jisr.adapters.pension.PensionLayouts.PENSION_NOTICE;
import static gcc.jisr.adapters.pension.PensionLayouts.RECORD;
import static gcc.jisr.adapters.pension.PensionLayouts.REFUSAL_FILE;
import static gcc.jisr.adapters.pension.PensionLayouts.RESULT;
import static gcc.jisr.adapters.pension.PensionLayouts.SERVICE_PERIOD_STATEMENT;

/**
 * A national pension format made of {@link PensionLayouts}' segments in one {@link SegmentSyntax} and one state's
 * {@link PensionFields} conventions: what each state's format class is, with its own syntax, names, dates, amounts
 * and codes. Streams contribution reports and their answers both ways.
 */
public abstract class SegmentedPensionFormat implements NationalPensionFormat {

    /** A statement, notice or answer is read whole; none comes near this. */
    private static final int MAX_SMALL_FILE = 1 << 20;

    private final GccState state;
    private final String contentType;
    private final SegmentSyntax syntax;
    private final PensionFields fields;

    protected SegmentedPensionFormat(GccState state, String contentType, SegmentSyntax syntax, PensionFields fields) {
        this.state = Objects.requireNonNull(state, "state");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.syntax = Objects.requireNonNull(syntax, "syntax");
        this.fields = Objects.requireNonNull(fields, "fields");
    }

    @Override
    public GccState state() {
        return state;
    }

    @Override
    public String contentType() {
        return contentType;
    }

    public PensionFields fields() {
        return fields;
    }

    public SegmentSyntax syntax() {
        return syntax;
    }

    @Override
    public void writeContributionReport(ContributionReport report, Iterator<ContributionRecord> records, OutputStream out) throws IOException {
        SegmentWriter writer = syntax.writer(CONTRIBUTION_REPORT, out);
        for (NationalSegment segment : fields.reportHead(report)) {
            writer.write(segment);
        }
        while (records.hasNext()) {
            writer.write(fields.record(records.next()));
        }
        writer.finish();
    }

    @Override
    public ContributionFileReader readContributionReport(InputStream in) throws IOException {
        SegmentReader reader = syntax.reader(CONTRIBUTION_REPORT, in);
        try {
            List<NationalSegment> head = new ArrayList<>();
            NationalSegment first;
            while (true) {
                first = reader.next();
                if (first == null || RECORD.equals(first.type()) || (first.type() == null && !head.isEmpty())) {
                    break;
                }
                if (!first.readable()) {
                    throw new RegistryFormatException(state + " contribution report, line " + first.line() + ": " + first.problem());
                }
                head.add(first);
            }
            ContributionReport header = fields.readReportHead(head);
            return new SegmentFileReader(header, reader, first);
        } catch (RuntimeException | IOException e) {
            reader.close();
            throw e;
        }
    }

    private final class SegmentFileReader implements ContributionFileReader {
        private final ContributionReport header;
        private final SegmentReader reader;
        private NationalSegment pending;
        private RuntimeException failure;
        private int index;

        SegmentFileReader(ContributionReport header, SegmentReader reader, NationalSegment first) {
            this.header = header;
            this.reader = reader;
            this.pending = first;
        }

        @Override
        public ContributionReport header() {
            return header;
        }

        @Override
        public boolean hasNext() {
            return pending != null || failure != null;
        }

        @Override
        public ContributionLine next() {
            if (pending == null) {
                if (failure != null) {
                    RuntimeException thrown = failure;
                    failure = null;
                    throw thrown;
                }
                throw new NoSuchElementException();
            }
            ContributionLine line = fields.readRecord(pending, index++);
            // Read ahead; a file that breaks here still hands out the record just read, and fails on the next call.
            try {
                pending = reader.next();
            } catch (IOException e) {
                pending = null;
                failure = new UncheckedIOException(e);
            } catch (RuntimeException e) {
                pending = null;
                failure = e;
            }
            return line;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    @Override
    public byte[] writeStatement(ServicePeriodStatement statement) {
        return write(SERVICE_PERIOD_STATEMENT, fields.statement(statement));
    }

    @Override
    public ServicePeriodStatement readStatement(byte[] body) {
        return fields.readStatement(readAll(SERVICE_PERIOD_STATEMENT, body));
    }

    @Override
    public byte[] writeNotice(PensionNotice notice) {
        return write(PENSION_NOTICE, List.of(fields.notice(notice)));
    }

    @Override
    public PensionNotice readNotice(byte[] body) {
        return fields.readNotice(readAll(PENSION_NOTICE, body));
    }

    @Override
    public void writeContributionAnswer(NationalContributionAnswer answer, Iterator<RecordResult> results, OutputStream out)
            throws IOException {
        SegmentWriter writer = syntax.writer(CONTRIBUTION_ANSWER, out);
        for (NationalSegment segment : fields.answerHead(answer)) {
            writer.write(segment);
        }
        while (results.hasNext()) {
            writer.write(fields.result(results.next()));
        }
        writer.finish();
    }

    @Override
    public NationalContributionAnswer readContributionAnswer(InputStream in) throws IOException {
        try (SegmentReader reader = syntax.reader(CONTRIBUTION_ANSWER, in)) {
            List<NationalSegment> head = new ArrayList<>();
            List<RecordResult> results = new ArrayList<>();
            for (NationalSegment segment = reader.next(); segment != null; segment = reader.next()) {
                if (RESULT.equals(segment.type()) || !results.isEmpty()) {
                    results.add(fields.readResult(segment));
                } else {
                    head.add(segment);
                }
            }
            NationalContributionAnswer answer = fields.readAnswerHead(head);
            return new NationalContributionAnswer(answer.reportId(), answer.outcome(), answer.answeredAt(), answer.acceptedCount(),
                    answer.rejectedCount(), answer.refused(), results);
        }
    }

    @Override
    public byte[] writeAnswer(NationalPensionAnswer answer) {
        return write(PENSION_ANSWER, List.of(fields.answer(answer)));
    }

    @Override
    public NationalPensionAnswer readAnswer(byte[] body) {
        return fields.readAnswer(readAll(PENSION_ANSWER, body));
    }

    @Override
    public byte[] writeRefusal(int httpStatus, String message) {
        return write(REFUSAL_FILE, List.of(fields.refusal(httpStatus, message)));
    }

    @Override
    public Optional<String> readRefusal(byte[] body) {
        try {
            return Optional.ofNullable(fields.readRefusal(readAll(REFUSAL_FILE, body)));
        } catch (RuntimeException e) {
            // Only an explanation: an unreadable body is reported as such by the caller.
            return Optional.empty();
        }
    }

    private byte[] write(FileLayout file, List<NationalSegment> segments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try {
            SegmentWriter writer = syntax.writer(file, out);
            for (NationalSegment segment : segments) {
                writer.write(segment);
            }
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private List<NationalSegment> readAll(FileLayout file, byte[] body) {
        if (body == null || body.length == 0) {
            throw new RegistryFormatException("the " + state + " " + file.root() + " is empty");
        }
        if (body.length > MAX_SMALL_FILE) {
            throw new RegistryFormatException("the " + state + " " + file.root() + " is larger than " + MAX_SMALL_FILE + " bytes");
        }
        List<NationalSegment> segments = new ArrayList<>();
        try (SegmentReader reader = syntax.reader(file, new ByteArrayInputStream(body))) {
            for (NationalSegment segment = reader.next(); segment != null; segment = reader.next()) {
                segments.add(segment);
            }
        } catch (IOException e) {
            throw new RegistryFormatException("the " + state + " " + file.root() + " cannot be read", e);
        }
        return segments;
    }
}
