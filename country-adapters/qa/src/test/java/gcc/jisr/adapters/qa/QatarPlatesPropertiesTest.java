package gcc.jisr.adapters.qa;

import gcc.jisr.adapters.plates.VehiclePlate;
import gcc.jisr.contracts.GccState;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

class QatarPlatesPropertiesTest {

    private final QatarPlates plates = new QatarPlates();

    @Property
    void formattedPlateReadsBackUnchanged(@ForAll("plates") VehiclePlate plate) {
        assertThat(plates.parse(plates.format(plate))).isEqualTo(plate);
    }

    @Property
    void arabicCategoryAndArabicIndicDigitsReadAsTheSamePlate(@ForAll("plates") VehiclePlate plate) {
        QatarPlateCategory category = QatarPlateCategory.valueOf(plate.category());
        StringBuilder digits = new StringBuilder();
        for (char c : plate.number().toCharArray()) {
            digits.append((char) ('\u0660' + (c - '0')));
        }

        assertThat(plates.parse(category.arabicName() + " " + digits)).isEqualTo(plate);
    }

    @Provide
    Arbitrary<VehiclePlate> plates() {
        return Combinators.combine(Arbitraries.of(QatarPlateCategory.class), Arbitraries.integers().between(1, 999_999))
                .as((category, number) -> new VehiclePlate(GccState.QA, Integer.toString(number), null, null, category.name(), null));
    }
}
