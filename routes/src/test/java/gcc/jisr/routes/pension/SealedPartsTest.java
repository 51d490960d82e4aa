package gcc.jisr.routes.pension;

import gcc.jisr.contracts.GccState;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SealedPartsTest {

    private final KeyPair kuwait = TestPensionKeys.keyPair();
    private final KeyPair saudi = TestPensionKeys.keyPair();
    private final PensionSealing atSaudi = TestPensionKeys.sealing(saudi, kuwait);
    private final PensionSealing atKuwait = TestPensionKeys.sealing(kuwait, saudi);

    private record Staged(int index, int records, String sealed, String thread) {
    }

    private final List<Staged> staged = new ArrayList<>();
    private final PartSink sink = new PartSink() {
        @Override
        public void stage(GccState to, String of, int index, int records, String sealed) {
            staged.add(new Staged(index, records, sealed, Thread.currentThread().getName()));
        }

        @Override
        public void discard(GccState to, String of) {
            staged.clear();
        }
    };

    @Test
    void recordsThatRepeatTheirShapeAreCompressedBeforeTheyAreSealed() {
        SealedParts parts = new SealedParts(atSaudi, sink, GccState.KW, "report-1", new PensionLimits(1000, 1024, 2000, 900_000, 200_000));
        List<byte[]> lines = new ArrayList<>();
        for (int i = 1; i <= 2000; i++) {
            lines.add(("{\"sequence\":" + i + ",\"person\":{\"civilId\":\"2880115" + (10000 + i) + "\",\"civilIdState\":\"KW\"},"
                    + "\"wage\":\"" + (1000 + i) + ".500\",\"currency\":\"KWD\"}").getBytes(StandardCharsets.UTF_8));
        }
        lines.forEach(parts::add);

        assertThat(parts.finish()).isEqualTo(1);
        int contentBytes = lines.stream().mapToInt(line -> line.length + 1).sum();
        assertThat(staged.get(0).sealed().length()).isLessThan(contentBytes / 3);
        assertThat(openedInOrder("report-1")).isEqualTo(joined(lines));
    }

    @Test
    void aPartThatSealsLargerThanAnEnvelopeIsCutAtARecordAndEveryRecordArrivesOnceInOrder() {
        int sealedPartChars = 4096;
        SealedParts parts = new SealedParts(atSaudi, sink, GccState.KW, "report-2", new PensionLimits(1000, 1024, 100, 900_000, sealedPartChars));
        // Random bytes do not compress: 40 records of ~400 characters seal to far more than 4096 characters.
        Random random = new Random(7);
        List<byte[]> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            byte[] noise = new byte[300];
            random.nextBytes(noise);
            lines.add(("{\"sequence\":" + i + ",\"noise\":\"" + Base64.getEncoder().encodeToString(noise) + "\"}").getBytes(StandardCharsets.UTF_8));
        }
        lines.forEach(parts::add);
        int count = parts.finish();

        assertThat(count).isGreaterThan(1).isEqualTo(staged.size());
        assertThat(staged).extracting(Staged::index).containsExactlyElementsOf(IntStream.range(0, count).boxed().toList());
        assertThat(staged).allSatisfy(part -> assertThat(part.sealed().length()).isLessThanOrEqualTo(sealedPartChars));
        assertThat(staged.stream().mapToInt(Staged::records).sum()).isEqualTo(40);
        assertThat(openedInOrder("report-2")).isEqualTo(joined(lines));
    }

    @Test
    void partsAreSealedAndStagedBesideTheReadingInTheOrderOfTheirLines() {
        SealedParts parts = new SealedParts(atSaudi, sink, GccState.KW, "report-3", new PensionLimits(1000, 1024, 10, 900_000, 200_000));
        List<byte[]> lines = IntStream.rangeClosed(1, 1000)
                .mapToObj(i -> ("{\"sequence\":" + i + ",\"wage\":\"" + i + ".000\"}").getBytes(StandardCharsets.UTF_8)).toList();
        lines.forEach(parts::add);

        assertThat(parts.finish()).isEqualTo(100);
        assertThat(staged).extracting(Staged::index).containsExactlyElementsOf(IntStream.range(0, 100).boxed().toList());
        assertThat(staged).extracting(Staged::records).containsOnly(10);
        assertThat(staged).extracting(Staged::thread).allSatisfy(thread -> assertThat(thread)
                .startsWith("jisr-pension-sealing-").isNotEqualTo(Thread.currentThread().getName()));
        assertThat(openedInOrder("report-3")).isEqualTo(joined(lines));
    }

    @Test
    void aPartThatCannotBeStagedFailsTheReadingAndNothingIsStagedAfterClose() {
        PartSink failingSecond = new PartSink() {
            @Override
            public void stage(GccState to, String of, int index, int records, String sealed) {
                if (index == 1) {
                    throw new IllegalStateException("the store refused part 1");
                }
                sink.stage(to, of, index, records, sealed);
            }

            @Override
            public void discard(GccState to, String of) {
                sink.discard(to, of);
            }
        };
        SealedParts parts = new SealedParts(atSaudi, failingSecond, GccState.KW, "report-4", new PensionLimits(1000, 1024, 10, 900_000, 200_000));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
            for (int i = 1; i <= 100; i++) {
                parts.add(("{\"sequence\":" + i + "}").getBytes(StandardCharsets.UTF_8));
            }
            parts.finish();
        }).isInstanceOf(IllegalStateException.class).hasMessage("the store refused part 1");
        parts.close();

        assertThat(staged).extracting(Staged::index).containsExactly(0);
    }

    /** What the receiver opens, part after part. */
    private byte[] openedInOrder(String of) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Staged part : staged) {
            all.writeBytes(atKuwait.open(part.sealed(), of, part.index()));
        }
        return all.toByteArray();
    }

    private static byte[] joined(List<byte[]> lines) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        lines.forEach(line -> {
            all.writeBytes(line);
            all.write('\n');
        });
        return all.toByteArray();
    }
}
