package kz.elicensing.infrastructure.signature;

/** Initialises Apache Santuario once per class loader. */
final class XmlSecurityInit {
    private static volatile boolean done;

    private XmlSecurityInit() {}

    static void ensure() {
        if (!done) {
            synchronized (XmlSecurityInit.class) {
                if (!done) {
                    org.apache.xml.security.Init.init();
                    done = true;
                }
            }
        }
    }
}
