package gcc.jisr.adapters.plates;

import gcc.jisr.contracts.GccState;

import java.util.Objects;

/**
 * A vehicle plate in canonical form: the issuing state, the plate number (ASCII digits), the plate's letters in
 * Arabic and Latin script where the state uses letters, the category (private, taxi, transport, … or the
 * state's own code) and the region that issued it where the state has several (an emirate, a governorate).
 * Fields a state does not use are null.
 */
public record VehiclePlate(GccState state, String number, String lettersArabic, String lettersLatin, String category, String region) {

    public VehiclePlate {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(number, "number");
    }
}
