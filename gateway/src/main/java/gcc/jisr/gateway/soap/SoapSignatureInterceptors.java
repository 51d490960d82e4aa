package gcc.jisr.gateway.soap;

import org.apache.cxf.interceptor.Interceptor;
import org.apache.cxf.message.Message;

import java.util.List;

/**
 * What a SOAP endpoint adds to its chains so that requests are verified first and responses and faults leave signed.
 *
 * @param in  for the in chain
 * @param out for both the out chain and the out-fault chain: a fault is a message this gateway sends too
 */
public record SoapSignatureInterceptors(List<Interceptor<? extends Message>> in, List<Interceptor<? extends Message>> out) {
}
