package gcc.jisr.routes.partner;

import gcc.jisr.routes.trust.Receipt;
import gcc.jisr.routes.trust.SentEnvelope;
import gcc.jisr.routes.trust.SignedReceipt;

/** Where the sender keeps the signed receipts partners gave it: its proof of delivery. */
public interface ReceiptArchive {

    void keep(SentEnvelope sent, Receipt receipt, SignedReceipt signed);
}
