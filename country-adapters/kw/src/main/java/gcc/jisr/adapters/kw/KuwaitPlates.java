package gcc.jisr.adapters.kw;

import gcc.jisr.adapters.NationalDigits;
import gcc.jisr.adapters.plates.InvalidPlateException;
import gcc.jisr.adapters.plates.PlateRules;
import gcc.jisr.adapters.plates.VehiclePlate;
import gcc.jisr.contracts.GccState;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kuwaiti plates carry no letters: a code of one or two digits (the plate's category and series, printed on the
 * left) and a number of up to five digits, written {@code code/number}, e.g. {@code 12/34567}. The Interior
 * Ministry publishes no machine-readable list of codes, so the code is kept as the category without
 * interpretation (a documented assumption; an operator can map codes to categories downstream).
 */
public final class KuwaitPlates implements PlateRules {

    private static final Pattern PLATE = Pattern.compile("([0-9]{1,2})\\s*[/\\-\\s]\\s*([0-9]{1,5})");

    @Override
    public VehiclePlate parse(String nationalText) {
        String text = NationalDigits.toAsciiDigits(nationalText.strip());
        Matcher m = PLATE.matcher(text);
        if (!m.matches()) {
            throw new InvalidPlateException(GccState.KW, "format", "expected code/number, e.g. 12/34567");
        }
        int code = Integer.parseInt(m.group(1));
        int number = Integer.parseInt(m.group(2));
        if (code == 0 || number == 0) {
            throw new InvalidPlateException(GccState.KW, "range", "code and number start at 1");
        }
        return new VehiclePlate(GccState.KW, Integer.toString(number), null, null, Integer.toString(code), null);
    }

    @Override
    public String format(VehiclePlate plate) {
        return plate.category() + "/" + plate.number();
    }
}
