// Our own JSON Schemas in deploy/schemas (for kinds no model package covers), compiled once with Ajv in strict mode.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { DEPLOY_DIR } from "./render.mjs";

const require = createRequire(import.meta.url);
const Ajv = require("ajv");
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
const compiled = new Map();

/** The validate function of deploy/schemas/<file>. */
export function ownSchema(file) {
  if (!compiled.has(file)) compiled.set(file, ajv.compile(JSON.parse(readFileSync(join(DEPLOY_DIR, "schemas", file), "utf8"))));
  return compiled.get(file);
}

// if/then wrappers only repeat the error of their branch; keep the messages that say what is wrong.
const NOISE = new Set(["if", "allOf", "anyOf", "oneOf"]);

/** Schema errors as "<label>: /path message", deduplicated. */
export function schemaProblems(validate, object, label) {
  if (validate(object)) return [];
  const seen = new Set();
  for (const e of validate.errors) {
    if (NOISE.has(e.keyword) && validate.errors.length > 1) continue;
    const extra = e.keyword === "additionalProperties" ? ` (${e.params.additionalProperty})` : e.keyword === "enum" ? ` (${e.params.allowedValues.join(", ")})` : "";
    seen.add(`${label}: ${e.instancePath || "/"} ${e.message}${extra}`);
  }
  return [...seen];
}
