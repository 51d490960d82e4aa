package gcc.jisr.gateway.national;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.routes.agency.AgencyCaller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;

/** The authenticated agency of a national request, for the endpoints that hand it to their route. */
public final class AgencyCallers {

    private AgencyCallers() {
    }

    public static AgencyCaller of(HttpServletRequest request) {
        return AgencyAuthentication.callerOf(request).orElseThrow(() ->
                new JisrException(JisrError.AGENCY_NOT_AUTHENTICATED, "no authenticated agency"));
    }

    /** The same for a SOAP call: CXF hands the servlet request to the endpoint's context. */
    public static AgencyCaller of(WebServiceContext context) {
        Object request = context == null ? null : context.getMessageContext().get(MessageContext.SERVLET_REQUEST);
        if (request instanceof HttpServletRequest servletRequest) {
            return of(servletRequest);
        }
        throw new JisrException(JisrError.AGENCY_NOT_AUTHENTICATED, "no authenticated agency");
    }
}
