package kz.elicensing.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The case page's NCALayer address comes from {@code elicensing.ncalayer-url}, NCALayer's own port by default. */
class SigningToolSettingsTest {
    private static final String PROPERTY = "elicensing.ncalayer-url";

    @AfterEach
    void unset() {
        System.clearProperty(PROPERTY);
    }

    @Test
    void ncaLayersOwnPortByDefault() {
        System.clearProperty(PROPERTY);
        assertEquals(
                "wss://127.0.0.1:13579", new ElicensingConfig().signingTool().ncaLayerUrl());
    }

    @Test
    void theConfiguredAddress() {
        System.setProperty(PROPERTY, "wss://127.0.0.1:14279");
        assertEquals(
                "wss://127.0.0.1:14279", new ElicensingConfig().signingTool().ncaLayerUrl());
    }
}
