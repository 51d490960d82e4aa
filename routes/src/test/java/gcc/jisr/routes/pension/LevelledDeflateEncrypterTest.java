package gcc.jisr.routes.pension;

import com.nimbusds.jose.util.DeflateUtils;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.interfaces.ECPublicKey;
import java.util.Random;
import java.util.zip.Deflater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LevelledDeflateEncrypterTest {

    @Test
    void whatItDeflatesAtAnyLevelInflatesBackAsRawDeflate() throws Exception {
        Random random = new Random(7);
        for (int size : new int[] {0, 1, 63, 64, 65, 4096, 900_000}) {
            byte[] content = new byte[size];
            for (int i = 0; i < size; i++) {
                // half repeated text, half noise: both the growing and the shrinking case
                content[i] = i % 2 == 0 ? (byte) "{\"sequence\":".charAt(i % 12) : (byte) random.nextInt();
            }
            for (int level : new int[] {Deflater.BEST_SPEED, 6, Deflater.BEST_COMPRESSION}) {
                assertThat(DeflateUtils.decompress(LevelledDeflateEncrypter.deflate(content, level)))
                        .as(size + " bytes at level " + level).isEqualTo(content);
            }
        }
    }

    @Test
    void recordsShrinkAtTheFastestLevelToWithinAFewPerCentOfNimbussOwn() throws Exception {
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            records.append("{\"sequence\":").append(i).append(",\"person\":{\"civilId\":\"2880115").append(10_000 + i)
                    .append("\"},\"wage\":{\"amount\":\"").append(700 + i % 1313).append(".250\",\"currency\":\"SAR\"}}\n");
        }
        byte[] content = records.toString().getBytes(StandardCharsets.UTF_8);

        int fastest = LevelledDeflateEncrypter.deflate(content, Deflater.BEST_SPEED).length;
        assertThat(fastest).isLessThan(content.length / 4);
        assertThat(fastest).isLessThan(DeflateUtils.compress(content).length * 2);
    }

    @Test
    void aLevelOutsideDeflatesRangeIsRefused() {
        assertThatThrownBy(() -> new LevelledDeflateEncrypter((ECPublicKey) TestPensionKeys.keyPair().getPublic(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
