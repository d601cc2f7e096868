package kz.elicensing.bench.intake;

import kz.elicensing.sandbox.pki.IssuedIdentity;

/** One company of the benchmark's pool: its BIN and name at GBD UL, its head's IIN and signing key. */
record BenchCompany(String bin, String name, String headIin, IssuedIdentity head) {}
