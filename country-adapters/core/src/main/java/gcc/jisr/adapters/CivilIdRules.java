package gcc.jisr.adapters;

/** One state's rules for its civil IDs: what a valid one looks like and its canonical form. */
public interface CivilIdRules {

    /**
     * Normalizes digits of any script and separators, then applies the state's rules.
     *
     * @throws InvalidCivilIdException naming the rule that failed (never echoing the ID in full)
     */
    CivilId parse(String input);
}
