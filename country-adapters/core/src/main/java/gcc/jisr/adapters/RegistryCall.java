package gcc.jisr.adapters;

import java.util.Map;

/**
 * The HTTP request a state's civil registry expects for one look-up, as the adapter translates it. The route
 * sends it to the registry's base address; the adapter never sees the network.
 */
public record RegistryCall(String method, String pathAndQuery, String contentType, byte[] body, Map<String, String> headers) {

    public RegistryCall {
        headers = Map.copyOf(headers);
    }

    public static RegistryCall get(String pathAndQuery, String accept) {
        return new RegistryCall("GET", pathAndQuery, null, null, Map.of("Accept", accept));
    }

    public static RegistryCall post(String path, String contentType, byte[] body) {
        return new RegistryCall("POST", path, contentType, body, Map.of("Accept", contentType));
    }
}
