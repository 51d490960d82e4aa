package gcc.jisr.adapters.plates;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;

import java.util.List;

/** A plate that breaks its issuing state's rules; the message names the rule. */
public class InvalidPlateException extends JisrException {

    public InvalidPlateException(GccState state, String rule, String detail) {
        super(JisrError.INVALID_PLATE, state + " plate: " + detail, List.of(new FieldViolation("plate", rule + ": " + detail)));
    }
}
