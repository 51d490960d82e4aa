package gcc.jisr.adapters.qa;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QidNationalitiesTest {

    @Test
    void knowsEveryGccState() {
        assertThat(QidNationalities.byNumeric("634")).hasValueSatisfying(n -> assertThat(n.alpha3()).isEqualTo("QAT"));
        assertThat(QidNationalities.byNumeric("682")).hasValueSatisfying(n -> assertThat(n.alpha3()).isEqualTo("SAU"));
        assertThat(QidNationalities.byNumeric("784")).hasValueSatisfying(n -> assertThat(n.alpha3()).isEqualTo("ARE"));
        assertThat(QidNationalities.byNumeric("414")).hasValueSatisfying(n -> assertThat(n.alpha3()).isEqualTo("KWT"));
        assertThat(QidNationalities.byNumeric("048")).hasValueSatisfying(n -> assertThat(n.alpha3()).isEqualTo("BHR"));
        assertThat(QidNationalities.byNumeric("512")).hasValueSatisfying(n -> assertThat(n.alpha3()).isEqualTo("OMN"));
    }

    @Test
    void knowsTheLargestResidentNationalities() {
        assertThat(QidNationalities.all()).extracting(QidNationalities.Nationality::alpha3)
                .contains("IND", "NPL", "BGD", "PHL", "EGY", "PAK", "LKA", "SDN", "JOR", "SYR", "LBN", "KEN", "GBR", "USA");
    }

    @Test
    void mapsEachCodeToOneDistinctAlpha3() {
        assertThat(QidNationalities.all()).allSatisfy(n -> {
            assertThat(n.numeric()).matches("[0-9]{3}");
            assertThat(n.alpha3()).matches("[A-Z]{3}");
        });
        assertThat(QidNationalities.all()).extracting(QidNationalities.Nationality::alpha3).doesNotHaveDuplicates();
    }
}
