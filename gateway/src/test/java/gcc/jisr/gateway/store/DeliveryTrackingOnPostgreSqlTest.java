package gcc.jisr.gateway.store;

/** Outbox, delivery attempts and status history on the production store: a real PostgreSQL server. */
class DeliveryTrackingOnPostgreSqlTest extends DeliveryTrackingContract {

    @Override
    FreshStore openStore() {
        return FreshStore.postgres(true);
    }
}
