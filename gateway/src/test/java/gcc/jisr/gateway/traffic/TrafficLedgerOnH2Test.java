package gcc.jisr.gateway.traffic;

import gcc.jisr.gateway.store.FreshStore;

/** The traffic ledger on the default store: embedded H2 in PostgreSQL mode. */
class TrafficLedgerOnH2Test extends TrafficLedgerContract {

    @Override
    FreshStore openStore() {
        return FreshStore.h2();
    }
}
