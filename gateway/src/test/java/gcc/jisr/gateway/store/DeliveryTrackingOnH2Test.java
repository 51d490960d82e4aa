package gcc.jisr.gateway.store;

/** Outbox, delivery attempts and status history on the default store: embedded H2 in PostgreSQL mode. */
class DeliveryTrackingOnH2Test extends DeliveryTrackingContract {

    @Override
    FreshStore openStore() {
        return FreshStore.h2();
    }
}
