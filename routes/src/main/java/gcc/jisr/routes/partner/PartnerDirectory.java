package gcc.jisr.routes.partner;

import gcc.jisr.contracts.GccState;

import java.net.URI;
import java.util.Optional;

/** Where each partner state's gateway takes envelopes; kept by the gateway's configuration and its operators. */
public interface PartnerDirectory {

    /** The base URI of the state's gateway partner endpoint (https, mutual TLS), if it is a partner. */
    Optional<URI> gatewayOf(GccState state);
}
