package kz.elicensing.application.decision;

/** The signing tool's place as configured (system properties, docs/configuration.md), for the case page. */
public interface SigningToolSettings {

    /** The configured signing tool. */
    SigningTool signingTool();
}
