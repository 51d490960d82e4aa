package gcc.jisr.adapters;

import java.time.LocalDate;

/** Translates a civil-ID look-up into a state's national registry format and its answer back to canonical terms. */
public interface CivilRegistryTranslator {

    /** The request the national registry expects for this civil ID. */
    RegistryCall lookup(CivilId civilId);

    /**
     * Reads the registry's HTTP answer.
     *
     * @param today the date in the issuing state, to tell an expired card from a valid one
     * @throws RegistryFormatException when the answer is not what this state's format promises
     */
    RegistryAnswer read(CivilId civilId, int httpStatus, byte[] body, LocalDate today);
}
