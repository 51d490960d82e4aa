package gcc.jisr.adapters.money;

/**
 * Whether an amount may be below zero. Fines, contributions and fees are never negative, so refusing is the default;
 * a correction or refund that reverses an earlier amount has to ask for negatives explicitly.
 */
public enum NegativeAmounts {
    REFUSED,
    ALLOWED
}
