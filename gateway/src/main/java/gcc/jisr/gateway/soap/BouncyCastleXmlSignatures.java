package gcc.jisr.gateway.soap;

import gcc.jisr.gateway.pki.BouncyCastle;

import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.xml.security.algorithms.JCEMapper;

import org.bouncycastle.jce.provider.BouncyCastleProvider;


/**
 * Makes Santuario, under WSS4J, sign and verify through Bouncy Castle: JDK 17's own ECDSA is about seven times slower
 * (DESIGN.md, measured facts). Santuario picks one JCE provider for every algorithm, process-wide.
 */
final class BouncyCastleXmlSignatures {

    private BouncyCastleXmlSignatures() {
    }

    static synchronized void install() {
        BouncyCastle.provider();
        // WSS4J's own one-time set-up initialises Santuario; done first so that it cannot undo the choice below.
        WSSConfig.init();
        JCEMapper.setProviderId(BouncyCastleProvider.PROVIDER_NAME);
    }
}
