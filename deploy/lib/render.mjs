// Runs helm and splits its output into documents, keeping each document's text (with its comments) and its object.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

const run = promisify(execFile);
export const DEPLOY_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
export const REPO_DIR = join(DEPLOY_DIR, "..");
export const CHART = "helm/hr-assist";
export const HELM = process.env.HELM || join(DEPLOY_DIR, "bin", "helm");

export async function helm(args) {
  try {
    const { stdout } = await run(HELM, args, { cwd: REPO_DIR, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (e) {
    const err = new Error(`helm ${args.join(" ")} failed:\n${(e.stderr || e.stdout || e.message).trim()}`);
    err.stderr = e.stderr;
    throw err;
  }
}

/** `helm template <release> helm/hr-assist` with --set pairs; returns the documents. */
export async function template(sets = {}, release = "hr-assist") {
  const args = ["template", release, CHART];
  for (const [k, v] of Object.entries(sets)) args.push("--set", `${k}=${v}`);
  return splitDocuments(await helm(args));
}

/** Documents of a multi-document YAML stream: {text, object}; `# Source:` lines and empty documents dropped. */
export function splitDocuments(stream) {
  const docs = [];
  for (const chunk of stream.split(/^---[ \t]*$/m)) {
    const text = chunk
      .split("\n")
      .filter((line) => !line.startsWith("# Source: "))
      .join("\n")
      .replace(/^\s*\n/, "")
      .trimEnd();
    if (!text.trim()) continue;
    const parsed = parseAllDocuments(text);
    if (parsed.length !== 1 || parsed[0].errors.length) {
      throw new Error(`unparsable YAML document:\n${text}\n${parsed.flatMap((d) => d.errors).join("\n")}`);
    }
    const object = parsed[0].toJS();
    if (object === null || object === undefined) continue; // comments only
    docs.push({ text, object });
  }
  return docs;
}

export const id = (o) => `${o?.kind ?? "?"}/${o?.metadata?.name ?? "?"}`;
