package gcc.jisr.gateway.soap;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.traffic.v1.TrackingRecord;
import gcc.jisr.gateway.problems.LogMasking;
import gcc.jisr.routes.traffic.TrafficTracking;
import jakarta.xml.ws.WebServiceContext;

/**
 * getTracking for every SOAP service: a signed request finds only what its signer may read
 * ({@link SoapSigner#mayRead}); an unsigned one, anything tracked here. What it may not read is not found, in the
 * same words as an id never seen.
 */
public final class SignedTrackingLookup {

    private SignedTrackingLookup() {
    }

    public static TrackingRecord find(TrafficTracking tracking, WebServiceContext context, String trackingId) {
        return tracking.find(trackingId)
                .filter(record -> SoapSigner.of(context).map(signer -> signer.mayRead(record)).orElse(true))
                .orElseThrow(() -> new JisrException(JisrError.NOT_FOUND, "no message is tracked here as " + LogMasking.mask(trackingId)));
    }
}
