package gcc.jisr.adapters;

import gcc.jisr.contracts.civilid.v1.CardStatus;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A registry's answer in canonical terms. {@code person} is empty when the card is {@link CardStatus#NOT_FOUND};
 * the disclosure policy, not the adapter, decides what of it the requester sees.
 */
public record RegistryAnswer(CardStatus cardStatus, Optional<LocalDate> cardExpiry, Optional<String> cardExpiryHijri,
                             Optional<RegisteredPerson> person) {

    public RegistryAnswer {
        Objects.requireNonNull(cardStatus, "cardStatus");
        Objects.requireNonNull(cardExpiry, "cardExpiry");
        Objects.requireNonNull(cardExpiryHijri, "cardExpiryHijri");
        Objects.requireNonNull(person, "person");
    }

    /** An answer from a registry that keeps Gregorian dates. */
    public static RegistryAnswer found(CardStatus status, LocalDate cardExpiry, RegisteredPerson person) {
        return new RegistryAnswer(status, Optional.ofNullable(cardExpiry), Optional.empty(), Optional.of(person));
    }

    public static RegistryAnswer notFound() {
        return new RegistryAnswer(CardStatus.NOT_FOUND, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * The status a requester must see today: a card its registry still calls active but whose expiry has passed is
     * EXPIRED, whatever the registry's own status field says.
     */
    public static CardStatus effectiveStatus(CardStatus registryStatus, LocalDate expiry, LocalDate today) {
        if (registryStatus == CardStatus.VALID && expiry != null && expiry.isBefore(today)) {
            return CardStatus.EXPIRED;
        }
        return registryStatus;
    }
}
