package gcc.jisr.adapters.money;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;

import java.util.List;

/** An amount that breaks its currency's rules; the message names the rule, so the sender can fix the input. */
public class InvalidAmountException extends JisrException {

    private final String rule;

    public InvalidAmountException(String rule, String detail) {
        super(JisrError.INVALID_AMOUNT, "amount: " + detail, List.of(new FieldViolation("amount", rule + ": " + detail)));
        this.rule = rule;
    }

    /**
     * A short stable name of the failed rule: {@code format}, {@code decimals}, {@code negative}, {@code range},
     * {@code currency} or {@code currency-mismatch}.
     */
    public String rule() {
        return rule;
    }
}
