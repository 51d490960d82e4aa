package gcc.jisr.gateway.http;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;

/** Thrown while reading a body that turns out longer than the limit (chunked bodies announce no length). */
public class BodyTooLargeException extends JisrException {

    public BodyTooLargeException(long limit) {
        super(JisrError.BODY_TOO_LARGE, "the body is larger than " + limit + " bytes");
    }
}
