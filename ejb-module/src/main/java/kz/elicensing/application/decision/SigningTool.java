package kz.elicensing.application.decision;

/**
 * Where the page finds the tool the licensor's authorized person signs a prepared result with: NCALayer's WebSocket
 * address on the person's own computer ({@code elicensing.ncalayer-url}, default {@code wss://127.0.0.1:13579}).
 */
public record SigningTool(String ncaLayerUrl) {}
