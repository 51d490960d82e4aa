package gcc.jisr.routes.partner;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.routes.trust.EnvelopeSignatureCheck;
import gcc.jisr.routes.trust.JwsProfile;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The first thing done with a partner's envelope, before its bytes are even parsed: the TLS client certificate and
 * the signing certificate must both be the GCC CA's, valid and unrevoked; the signature must hold over the exact
 * bytes received; and the envelope must come from the state those certificates name and be addressed to this one.
 */
final class EnvelopeAuthentication implements Processor {

    private final GccState ownState;
    private final PartnerCertificates certificates;

    EnvelopeAuthentication(GccState ownState, PartnerCertificates certificates) {
        this.ownState = ownState;
        this.certificates = certificates;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void process(Exchange exchange) {
        byte[] bytes = exchange.getMessage().getBody(byte[].class);
        PartnerDelivery delivery = new PartnerDelivery(bytes == null ? new byte[0] : bytes);
        exchange.setProperty(PartnerDelivery.PROPERTY, delivery);

        List<X509Certificate> peer = exchange.getProperty(PartnerRoutes.PEER_CERTIFICATES, List.class);
        if (peer == null || peer.isEmpty()) {
            throw new JisrException(JisrError.CERTIFICATE_MISSING, "partner calls need a TLS client certificate of the GCC CA");
        }
        delivery.peerState = certificates.trustedState(peer);

        String signature = exchange.getMessage().getHeader(JwsProfile.HTTP_HEADER, String.class);
        delivery.signature = signature;
        GccState[] signer = new GccState[1];
        new EnvelopeSignatureCheck(chain -> {
            signer[0] = certificates.trustedState(chain);
            return chain.get(0);
        }).verify(delivery.bytes, signature);
        delivery.signerState = signer[0];

        Envelope envelope = Envelope.read(delivery.bytes);
        delivery.envelope = envelope;
        GccState from = envelope.from().gccState();
        if (from != delivery.peerState) {
            throw new JisrException(JisrError.CERTIFICATE_STATE_MISMATCH, "the envelope is from " + from
                    + " but the TLS client certificate is " + delivery.peerState + "'s");
        }
        if (from != delivery.signerState) {
            throw new JisrException(JisrError.CERTIFICATE_STATE_MISMATCH, "the envelope is from " + from
                    + " but it is signed with " + delivery.signerState + "'s key");
        }
        GccState to = envelope.to().gccState();
        if (to != ownState) {
            throw new JisrException(JisrError.WRONG_RECIPIENT, "the envelope is addressed to " + to + ", this is the "
                    + ownState + " gateway");
        }
    }
}
