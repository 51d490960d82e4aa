package gcc.jisr.gateway.traffic;

import gcc.jisr.gateway.store.FreshStore;

/** The traffic ledger on the production store: a real PostgreSQL server. */
class TrafficLedgerOnPostgreSqlTest extends TrafficLedgerContract {

    @Override
    FreshStore openStore() {
        return FreshStore.postgres(true);
    }
}
