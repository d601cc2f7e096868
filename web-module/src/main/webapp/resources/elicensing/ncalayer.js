/*
 * Signs a prepared result with the person's own key through NCALayer (the WebSocket service of the national CA on the
 * person's computer, wss://127.0.0.1:13579): kz.gov.pki.knca.basics "sign", format xml, signerParams.bin = the
 * licensor's BIN; the signed XML goes into the form's hidden field and the hidden submit button posts it (Faces ajax).
 * The server verifies it before anything is issued (docs/result-signing.md). No inline script: CSP script-src 'self'.
 */
(function () {
    "use strict";

    function status(button, text, state) {
        var out = document.getElementById(button.form ? button.form.id + ":sign-status" : "sign-status")
            || document.getElementById("sign-status");
        if (!out) {
            return;
        }
        out.textContent = text;
        if (state) {
            out.setAttribute("data-state", state);
        } else {
            out.removeAttribute("data-state");
        }
    }

    function field(form, id) {
        return document.getElementById(form.id + ":" + id);
    }

    function message(button, name, detail) {
        var text = button.getAttribute("data-msg-" + name) || name;
        return detail === undefined ? text : text.replace("{0}", detail);
    }

    function sign(button) {
        var form = button.closest("form");
        var xml = document.getElementById("sign-xml").textContent;
        var answered = false;
        var socket;
        button.disabled = true;
        status(button, message(button, "connecting"));
        function fail(text) {
            answered = true;
            button.disabled = false;
            status(button, text, "error");
            try {
                socket.close();
            } catch (ignored) {
                // already closed
            }
        }
        try {
            socket = new WebSocket(button.getAttribute("data-url"));
        } catch (e) {
            fail(message(button, "not-running"));
            return;
        }
        var greeted = false;
        socket.onerror = function () {
            if (!answered) {
                fail(message(button, "not-running"));
            }
        };
        socket.onclose = function () {
            if (!answered) {
                fail(message(button, "not-running"));
            }
        };
        socket.onmessage = function (event) {
            var answer;
            try {
                answer = JSON.parse(event.data);
            } catch (e) {
                fail(message(button, "failed", "?"));
                return;
            }
            if (!greeted) {
                // NCALayer greets with its version, then takes requests
                greeted = true;
                status(button, message(button, "choose"));
                socket.send(JSON.stringify({
                    module: "kz.gov.pki.knca.basics",
                    method: "sign",
                    args: {
                        allowedStorages: ["PKCS12", "AKKaztokenStore", "AKKZIDCardStore", "AKEToken72KStore",
                            "AKJaCartaStore"],
                        format: "xml",
                        data: xml,
                        signingParams: {},
                        signerParams: {
                            extKeyUsageOids: [],
                            bin: button.getAttribute("data-bin") || ""
                        },
                        locale: button.getAttribute("data-locale") === "kk" ? "kk" : "ru"
                    }
                }));
                return;
            }
            if (answer.status !== true) {
                fail(message(button, "failed", (answer.code || "") + " " + (answer.message || "")));
                return;
            }
            var result = answer.body && answer.body.result;
            var signed = Array.isArray(result) ? result[0] : result;
            if (!signed) {
                fail(message(button, "cancelled"));
                return;
            }
            answered = true;
            socket.close();
            status(button, message(button, "checking"));
            field(form, "signed-xml").value = signed;
            field(form, "submit-signature").click();
        };
    }

    document.addEventListener("click", function (event) {
        var button = event.target.closest ? event.target.closest("[data-ncalayer-sign]") : null;
        if (button) {
            event.preventDefault();
            sign(button);
        }
    });
}());
