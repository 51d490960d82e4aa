package gcc.jisr.gateway.soap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * WS-Security on the SOAP endpoints; documented in application.yml under {@code jisr.soap}.
 *
 * @param requireSignedRequests refuse requests that carry no WS-Security signature. National callers may call this
 *                              gateway's SOAP endpoints unsigned, hence off by default; a request that does carry a
 *                              signature is verified whatever this says.
 */
@ConfigurationProperties("jisr.soap")
public record SoapSecurityProperties(@DefaultValue("false") boolean requireSignedRequests) {
}
