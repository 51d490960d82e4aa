package gcc.jisr.gateway.soap;

import gcc.jisr.contracts.GccState;
import gcc.jisr.gateway.testing.AgencyClients;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/**
 * The agency systems that reach the national SOAP face of a gateway whose PKI a {@link TestGccPki} wrote: over TLS,
 * with a certificate of their state's agency CA (issued from that directory on first use). What they send, signed or
 * not, is made by {@link PartnerGateway}.
 */
final class AgencySystems {

    private AgencySystems() {
    }

    static HttpClient http(Path pki, String state, String agency) {
        return AgencyClients.http(pki, TestGccPki.PASSWORD.toCharArray(), GccState.valueOf(state), agency);
    }

    /** A CXF client made by {@link PartnerGateway} calls as the agency. */
    static <T> T calling(T client, Path pki, String state, String agency) {
        return AgencyClients.asAgency(client, pki, TestGccPki.PASSWORD.toCharArray(), GccState.valueOf(state), agency);
    }

    static HttpResponse<byte[]> post(HttpClient agency, String address, byte[] soap) throws Exception {
        return agency.send(HttpRequest.newBuilder(URI.create(address))
                .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", PartnerGateway.SOAP_ACTION)
                .POST(HttpRequest.BodyPublishers.ofByteArray(soap)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
