package gcc.jisr.gateway.admin.security;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gcc.jisr.gateway.admin.AdminRequests;
import gcc.jisr.gateway.admin.OperatorRole;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;

/**
 * Who the caller is to the admin API, and with which roles and rights: the console shows an operator only the
 * actions the API will allow (the API decides all the same).
 */
@RestController
public class SignedInOperatorController {

    @GetMapping(path = AdminRequests.BASE + "/me", produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode me(Authentication who) {
        ObjectNode me = JsonNodeFactory.instance.objectNode();
        me.put("name", who.getName());
        ArrayNode roles = me.putArray("roles");
        ArrayNode rights = me.putArray("rights");
        for (GrantedAuthority authority : who.getAuthorities()) {
            String name = authority.getAuthority();
            boolean role = Arrays.stream(OperatorRole.values()).anyMatch(r -> r.authority().equals(name));
            if (role) {
                roles.add(name.substring("ROLE_".length()));
            } else if (!name.startsWith("SCOPE_")) {
                rights.add(name);
            }
        }
        return me;
    }
}
