package gcc.jisr.gateway.store;

/** The message archive on the production store: a real PostgreSQL server, a fresh schema per test. */
class MessageArchiveOnPostgreSqlTest extends MessageArchiveContract {

    @Override
    FreshStore openStore() {
        return FreshStore.postgres(true);
    }
}
