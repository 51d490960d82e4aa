package gcc.jisr.gateway.store;

import java.util.List;
import java.util.UUID;

/** The gateway on its default kind of store, embedded H2, here in a file of its own under target/. */
class ArchiveVerificationApiOnH2Test extends ArchiveVerificationApiContract {

    @Override
    List<String> storeSettings() {
        return List.of("--spring.datasource.url=jdbc:h2:file:./target/archive-api-test/" + UUID.randomUUID() + ";MODE=PostgreSQL");
    }
}
