package gcc.jisr.adapters.plates;

/** One state's vehicle plates: how its agencies write them and their canonical form. */
public interface PlateRules {

    /**
     * Reads a plate as the state's agencies write it (digits of any script, the state's letters in Arabic or Latin).
     *
     * @throws InvalidPlateException naming the rule that failed
     */
    VehiclePlate parse(String nationalText);

    /** The plate as the state's agencies write it; {@code parse(format(p))} equals {@code p}. */
    String format(VehiclePlate plate);
}
