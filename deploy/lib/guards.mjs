// The chart's upgrade guards read the live objects with `lookup`, which finds nothing under `helm template`, so a
// plain render never reaches their `fail`. To prove a guard refuses the live object it exists for, render a copy of
// the chart with one more template that calls the guard's helper with a stand-in live object.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { CHART, REPO_DIR, helm } from "./render.mjs";

/**
 * Renders the chart plus `{{ include helper (dict "ctx" $ "live" <live> ...args) }}` with --set pairs; returns the
 * error text of a failed render, or null when it rendered.
 */
export async function guardFailure(helper, live, args = {}, sets = {}) {
  const dir = mkdtempSync(join(tmpdir(), "hr-assist-guard-"));
  try {
    const chart = join(dir, "hr-assist");
    cpSync(join(REPO_DIR, CHART), chart, { recursive: true });
    // Go template string literals take JSON's escapes, so a JSON string of the JSON text is a valid literal.
    const quote = (v) => (typeof v === "string" ? JSON.stringify(v) : `(fromJson ${JSON.stringify(JSON.stringify(v))})`);
    const extra = Object.entries(args).map(([k, v]) => ` ${JSON.stringify(k)} ${quote(v)}`).join("");
    writeFileSync(join(chart, "templates", "zz-guard-test.yaml"), `{{- include ${JSON.stringify(helper)} (dict "ctx" $ "live" ${quote(live)}${extra}) }}\n`);
    const argv = ["template", "hr-assist", chart];
    for (const [k, v] of Object.entries(sets)) argv.push("--set", `${k}=${v}`);
    await helm(argv);
    return null;
  } catch (e) {
    return e.message;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
