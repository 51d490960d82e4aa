/**
 * Trust between gateways for JSON envelopes: the sending gateway signs the exact bytes it sends with a detached
 * JWS (RFC 7515 Appendix F) carried in the {@value gcc.jisr.routes.trust.JwsProfile#HTTP_HEADER} HTTP header; the
 * receiving gateway verifies it over the exact bytes it received and answers with a signed receipt that binds
 * the digest of those bytes. Everything here is plain JWS ES256, so that openssl or any JOSE library can check
 * it without our code (see docs/verifying-signatures.md).
 */
package gcc.jisr.routes.trust;
