package gcc.jisr.routes.civilid;

import gcc.jisr.contracts.GccState;

import java.net.URI;
import java.util.Optional;

/** Where each state's civil registry answers (its base URI); empty for a state this gateway has no route to. */
@FunctionalInterface
public interface RegistryDirectory {

    Optional<URI> civilRegistry(GccState state);
}
