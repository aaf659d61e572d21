// Runs a password-sync sidecar script of the chart (the rendered files/sync-roles.sh, files/sync-users.sh) outside the
// cluster: its Secret volume as a temporary directory of files, the script as a child process (one pass, or its loop
// with its log kept) with the environment the rendered StatefulSet gives it, pointed at a test server.
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";

/** The sidecar of a rendered StatefulSet: its script (from the ConfigMap it mounts) and its plain environment. */
export function syncSidecar(objects, name) {
  const sts = objects.find((o) => o.kind === "StatefulSet" && o.metadata.labels?.["app.kubernetes.io/name"] === name);
  const c = sts?.spec.template.spec.containers.find((x) => x.name === "password-sync");
  if (!c) return { problem: `no password-sync container in the ${name} StatefulSet` };
  const mount = c.volumeMounts?.find((m) => c.command.at(-1).startsWith(`${m.mountPath}/`));
  const volume = sts.spec.template.spec.volumes.find((v) => v.name === mount?.name);
  const key = volume?.configMap?.items?.[0]?.key;
  const cm = objects.find((o) => o.kind === "ConfigMap" && o.metadata.name === volume?.configMap?.name);
  const script = cm?.data?.[key];
  if (!script) return { problem: `${name}: the password-sync script ${c.command.at(-1)} is in no rendered ConfigMap` };
  const env = Object.fromEntries((c.env ?? []).filter((e) => e.value !== undefined).map((e) => [e.name, e.value]));
  return { script, env };
}

/** A directory standing in for the mounted Secret (key -> file, each replaced whole) beside the script. */
export function secretVolume(script, data) {
  const dir = mkdtempSync(join(tmpdir(), "hr-sync-"));
  const files = join(dir, "secret");
  mkdirSync(files);
  writeFileSync(join(dir, "sync.sh"), script);
  const write = (key, value) => writeFileSync(join(files, key), value, { mode: 0o600 });
  for (const [k, v] of Object.entries(data)) write(k, v);
  return { dir, files, script: join(dir, "sync.sh"), alive: join(dir, "alive"), write, remove: () => rmSync(dir, { force: true, recursive: true }) };
}

/** Runs `sh script args…` to its end: { code, out } (stdout and stderr together). */
export function runScript(script, args, env) {
  return new Promise((resolve) => {
    const p = spawn("sh", [script, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (out += d));
    p.on("close", (code) => resolve({ code, out }));
  });
}

/** Starts the loop: log() is what it printed so far, stop() ends it. */
export function startLoop(script, env) {
  const p = spawn("sh", [script], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let out = "";
  p.stdout.on("data", (d) => (out += d));
  p.stderr.on("data", (d) => (out += d));
  const ended = new Promise((resolve) => p.on("close", resolve));
  return {
    log: () => out,
    stop: async () => {
      try { process.kill(-p.pid, "SIGTERM"); } catch { /* already gone */ }
      await Promise.race([ended, new Promise((r) => setTimeout(r, 5000))]);
    },
  };
}

/** Polls fn until it returns true or ms pass; the last result. */
export async function waitFor(fn, ms, every = 250) {
  const end = Date.now() + ms;
  for (;;) {
    if (await fn()) return true;
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, every));
  }
}
