package gcc.jisr.adapters.qa.sim;

import gcc.jisr.adapters.qa.MoiPerson;
import gcc.jisr.adapters.qa.QatarIdRules;
import gcc.jisr.adapters.qa.QidStatus;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MoiPopulationTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 15);

    @Test
    void drawsTheSamePeopleOnEveryRun() {
        assertThat(MoiPopulation.build(TODAY)).isEqualTo(MoiPopulation.build(TODAY));
    }

    @Test
    void issuesOnlyQidsThatPassTheRulesAndEncodeBirthYearAndNationality() {
        QatarIdRules rules = new QatarIdRules(Clock.systemUTC());

        assertThat(MoiPopulation.build(TODAY)).allSatisfy(p -> {
            assertThat(rules.parse(p.qid()).value()).isEqualTo(p.qid());
            assertThat(p.qid().substring(1, 3)).isEqualTo("%02d".formatted(p.dateOfBirth().getYear() % 100));
            assertThat(p.qid().substring(3, 6)).isEqualTo(p.nationalityNumeric());
        });
    }

    @Test
    void holdsEveryStatusAndResidentsOfManyNationalities() {
        List<MoiPerson> people = MoiPopulation.build(TODAY);

        assertThat(people).hasSize(304).extracting(MoiPerson::qid).doesNotHaveDuplicates();
        assertThat(people).extracting(MoiPerson::status).contains(QidStatus.values());
        assertThat(people).extracting(MoiPerson::nationalityNumeric).contains("634", "356", "524", "050", "608", "818");
        assertThat(people).anySatisfy(p -> assertThat(p.status() == QidStatus.ACTIVE && p.expiry().isBefore(TODAY)).isTrue());
        assertThat(people).anySatisfy(p -> assertThat(p.nameEnglish()).contains(","));
        assertThat(people).allSatisfy(p -> assertThat(p.nameArabic()).isNotBlank())
                .allSatisfy(p -> assertThat(p.nameEnglish()).isNotBlank());
    }

    @Test
    void leavesTheNotFoundSampleUnregistered() {
        assertThat(MoiPopulation.build(TODAY)).extracting(MoiPerson::qid).doesNotContain(MoiPopulation.samples().get("NOT_FOUND"));
    }
}
