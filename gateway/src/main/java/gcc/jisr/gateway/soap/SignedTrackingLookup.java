package gcc.jisr.gateway.soap;

import gcc.jisr.gateway.national.MessageOwners;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.traffic.v1.TrackingRecord;
import gcc.jisr.gateway.problems.LogMasking;
import gcc.jisr.routes.traffic.TrafficTracking;
import jakarta.xml.ws.WebServiceContext;

/**
 * getTracking for every SOAP service: the calling agency finds only its own messages, and a signed request only what
 * its signer may read as well ({@link SoapSigner#mayRead}). What it may not read is not found, in the
 * same words as an id never seen.
 */
public final class SignedTrackingLookup {

    private SignedTrackingLookup() {
    }

    public static TrackingRecord find(TrafficTracking tracking, MessageOwners owners, WebServiceContext context, String trackingId) {
        return tracking.find(trackingId, owners.of(context))
                .filter(record -> SoapSigner.of(context).map(signer -> signer.mayRead(record)).orElse(true))
                .orElseThrow(() -> new JisrException(JisrError.NOT_FOUND, "no message is tracked here as " + LogMasking.mask(trackingId)));
    }
}
