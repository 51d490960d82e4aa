package gcc.jisr.adapters.kw;

import gcc.jisr.adapters.plates.InvalidPlateException;
import gcc.jisr.adapters.plates.VehiclePlate;
import gcc.jisr.contracts.GccState;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KuwaitPlatesTest {

    private final KuwaitPlates plates = new KuwaitPlates();

    @Test
    void readsCodeAndNumberInAnyDigitScript() {
        VehiclePlate plate = plates.parse("١٢/٣٤٥٦٧");
        assertThat(plate).isEqualTo(new VehiclePlate(GccState.KW, "34567", null, null, "12", null));
        assertThat(plates.parse("12 - 34567")).isEqualTo(plate);
    }

    @Test
    void refusesPlatesOutsideTheFormat() {
        assertThatThrownBy(() -> plates.parse("ABC 123")).isInstanceOf(InvalidPlateException.class);
        assertThatThrownBy(() -> plates.parse("12/345678")).isInstanceOf(InvalidPlateException.class);
        assertThatThrownBy(() -> plates.parse("0/1")).isInstanceOf(InvalidPlateException.class);
    }

    @Property
    void formatThenParseGivesThePlateBack(@ForAll @IntRange(min = 1, max = 99) int code, @ForAll @IntRange(min = 1, max = 99999) int number) {
        VehiclePlate plate = new VehiclePlate(GccState.KW, Integer.toString(number), null, null, Integer.toString(code), null);
        assertThat(plates.parse(plates.format(plate))).isEqualTo(plate);
    }
}
