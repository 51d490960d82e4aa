package gcc.jisr.adapters.ae.sim;

import gcc.jisr.adapters.ae.EmiratesIdRules;
import gcc.jisr.adapters.ae.IcpCardStatus;
import gcc.jisr.adapters.ae.IcpIdentity;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IcpPopulationTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 15);

    @Test
    void drawsTheSamePeopleOnEveryRun() {
        assertThat(IcpPopulation.build(TODAY)).isEqualTo(IcpPopulation.build(TODAY));
    }

    @Test
    void issuesOnlyIdnsThatPassTheEmiratesIdRules() {
        EmiratesIdRules rules = new EmiratesIdRules(Clock.systemUTC());

        assertThat(IcpPopulation.build(TODAY)).allSatisfy(p -> assertThat(rules.parse(p.idn()).value()).isEqualTo(p.idn()));
    }

    @Test
    void holdsEveryCardStatusAndResidentsOfOtherNationalities() {
        List<IcpIdentity> people = IcpPopulation.build(TODAY);

        assertThat(people).hasSizeGreaterThanOrEqualTo(300);
        assertThat(people).extracting(IcpIdentity::cardStatus).contains(IcpCardStatus.values());
        assertThat(people).extracting(IcpIdentity::nationality).contains("ARE", "IND", "PAK", "PHL", "EGY");
        assertThat(people).anySatisfy(p -> assertThat(p.cardStatus() == IcpCardStatus.ACTIVE && p.cardExpiry().isBefore(TODAY)).isTrue());
        assertThat(people).allSatisfy(p -> assertThat(p.fullNameArabic()).isNotBlank())
                .allSatisfy(p -> assertThat(p.fullNameEnglish()).isNotBlank())
                .allSatisfy(p -> assertThat(p.idn().substring(3, 7)).isEqualTo(Integer.toString(p.dateOfBirth().getYear())));
    }

    @Test
    void leavesTheNotFoundSampleUnregistered() {
        String notFound = IcpPopulation.samples().get("NOT_FOUND");

        assertThat(IcpPopulation.build(TODAY)).extracting(IcpIdentity::idn).doesNotContain(notFound).hasSize(304)
                .doesNotHaveDuplicates();
    }
}
