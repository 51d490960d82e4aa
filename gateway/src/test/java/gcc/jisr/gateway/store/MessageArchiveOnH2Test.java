package gcc.jisr.gateway.store;

/** The message archive on the default store: embedded H2 in PostgreSQL mode. */
class MessageArchiveOnH2Test extends MessageArchiveContract {

    @Override
    FreshStore openStore() {
        return FreshStore.h2();
    }
}
