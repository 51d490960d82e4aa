package gcc.jisr.routes.partner;

/** The services of the GCC network, as named in an envelope's {@code service}. */
public final class GccServices {

    public static final String CIVIL_ID_VERIFY = "gcc.civil-id.verify.v1";
    public static final String ANSWER_SUFFIX = ".answer";

    private GccServices() {
    }
}
