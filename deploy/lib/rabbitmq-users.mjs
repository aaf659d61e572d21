// The chart's per-component RabbitMQ users (Permission and TopicPermission of the plain render) on a real broker:
// a throwaway virtual host and users with exactly the rendered permissions (rabbitmqctl), then the paths the apps
// take (the API declares and publishes requests, each function reads its queue and answers) and the ones they must
// not (a function publishing a task event or another function's result, reading another queue, declaring; the API
// forging a result; KEDA doing more than a passive declare). And the RabbitMQ subchart's password-sync sidecar
// (files/sync-users.sh) changing a throwaway user's password from changed files. Needs rabbitmqctl (as root) and
// HR_ASSIST_TEST_RABBITMQ_URI (amqp://user:pass@host:port), as CI has.
import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
import { randomBytes, createHash } from "node:crypto";
import { createRequire } from "node:module";
import { FUNCTIONS, REPLIES, TRIGGERS } from "./policies.mjs";
import { syncSidecar, secretVolume, runScript, startLoop, waitFor } from "./sync-loop.mjs";

const require = createRequire(import.meta.url);
const amqp = require("amqplib");
const run = promisify(execFile);

/** null when no broker can be administered here, else its AMQP host and port. */
export async function testBroker(env = process.env) {
  const m = /^amqps?:\/\/(?:[^@/]*@)?([^:/]+)(?::(\d+))?/.exec(env.HR_ASSIST_TEST_RABBITMQ_URI || "");
  if (!m) return null;
  const ok = await run("rabbitmqctl", ["-q", "list_vhosts"]).then(() => true, () => false);
  return ok ? { host: m[1], port: m[2] || "5672" } : null;
}

const ctl = (...args) => run("rabbitmqctl", ["-q", ...args]);
// rabbitmqctl with standard input (import_definitions without a file reads it: the CLI may run as another user).
const ctlInput = (input, ...args) => new Promise((resolve, reject) => {
  const p = spawn("rabbitmqctl", ["-q", ...args], { stdio: ["pipe", "pipe", "pipe"] });
  let err = "";
  p.stderr.on("data", (d) => (err += d));
  p.on("error", reject);
  p.on("close", (code) => (code === 0 ? resolve() : reject(Object.assign(new Error(`rabbitmqctl ${args.join(" ")} exited ${code}`), { stderr: err }))));
  p.stdin.end(input);
});
const denied = (e) => /ACCESS_REFUSED|403/.test(String(e?.message ?? e));

export async function rabbitmqUsersLiveProblems(objects, broker) {
  const component = (o) => o.metadata.labels?.["app.kubernetes.io/component"];
  const perms = Object.fromEntries(objects.filter((o) => o.kind === "Permission").map((o) => [component(o), o.spec.permissions]));
  const topics = Object.fromEntries(objects.filter((o) => o.kind === "TopicPermission").map((o) => [component(o), o.spec.permissions]));
  const components = ["api", ...Object.keys(FUNCTIONS).map((f) => f.replace("hr-assist-", "")), "keda"];
  const missing = components.filter((c) => !perms[c] || !topics[c]);
  if (missing.length) return [`no Permission/TopicPermission for ${missing.join(", ")}`];

  const s = randomBytes(4).toString("hex");
  const vhost = `hr-chart-${s}`;
  const users = Object.fromEntries(components.map((c) => [c, { name: `hr-chart-${s}-${c}`, password: randomBytes(12).toString("hex") }]));
  const url = (c) => `amqp://${users[c].name}:${users[c].password}@${broker.host}:${broker.port}/${encodeURIComponent(vhost)}`;
  const out = [];
  // One connection per user, a confirm channel per attempt: a refused operation closes the channel, and the broker's
  // reason (ACCESS_REFUSED) arrives as the channel's error.
  const connections = {};
  const attempt = async (c, fn) => {
    let ch, refused;
    try {
      connections[c] ??= await amqp.connect(url(c)).then((conn) => (conn.on("error", () => {}), conn));
      ch = await connections[c].createConfirmChannel();
      ch.on("error", (e) => (refused = e));
      const value = await fn(ch);
      return { ok: true, value };
    } catch (e) {
      return { ok: false, error: refused ?? e };
    } finally {
      await ch?.close().catch(() => {});
    }
  };
  const publish = (exchange, key) => async (ch) => { ch.publish(exchange, key, Buffer.from("{}"), { persistent: true }); await ch.waitForConfirms(); };
  const get = (queue) => async (ch) => { const m = await ch.get(queue); if (m) ch.ack(m); return m; };
  const must = async (label, c, fn) => { const r = await attempt(c, fn); if (!r.ok) out.push(`${c}: ${label} was refused: ${r.error.message}`); return r; };
  const mustNot = async (label, c, fn) => {
    const r = await attempt(c, fn);
    if (r.ok) out.push(`${c}: ${label} succeeded, it must not`);
    else if (!denied(r.error)) out.push(`${c}: ${label} failed, but not with ACCESS_REFUSED: ${r.error.message}`);
  };

  const queueOf = { "hr-assist-api": "task_results_queue", ...FUNCTIONS };
  const routes = Object.values(TRIGGERS).map(([type, subscriber]) => [type, queueOf[subscriber]]);
  const requested = routes.filter(([t]) => t.endsWith(".requested.v1"));
  const queueArgs = { "x-queue-type": "quorum", "x-delivery-limit": 5, "x-dead-letter-exchange": "hr-assist.dead-letter", "x-dead-letter-strategy": "at-least-once", "x-overflow": "reject-publish" };
  try {
    // One import (each rabbitmqctl call starts an Erlang VM): the vhost, the users and exactly the rendered rights.
    const definitions = {
      vhosts: [{ name: vhost }],
      users: components.map((c) => ({ name: users[c].name, password_hash: passwordHash(users[c].password), hashing_algorithm: "rabbit_password_hashing_sha256", tags: "" })),
      permissions: components.map((c) => ({ user: users[c].name, vhost, configure: perms[c].configure, write: perms[c].write, read: perms[c].read })),
      topic_permissions: components.map((c) => ({ user: users[c].name, vhost, exchange: topics[c].exchange, write: topics[c].write ?? ".*", read: topics[c].read ?? ".*" })),
    };
    await ctlInput(JSON.stringify(definitions), "import_definitions");
    // The API declares the topology as events-rabbitmq's TopologyInitializer does, then publishes one request each.
    const declared = await must("declare the topology", "api", async (ch) => {
      await ch.assertExchange("hr-assist", "topic", { durable: true });
      await ch.assertExchange("hr-assist.dead-letter", "fanout", { durable: true });
      await ch.assertQueue("dead_letter_queue", { durable: true, arguments: { "x-queue-type": "quorum" } });
      await ch.bindQueue("dead_letter_queue", "hr-assist.dead-letter", "");
      for (const q of new Set(routes.map(([, q]) => q))) await ch.assertQueue(q, { durable: true, arguments: queueArgs });
      for (const [type, q] of routes) await ch.bindQueue(q, "hr-assist", type);
    });
    if (!declared.ok) return out;
    for (const [type] of requested) await must(`publish ${type}`, "api", publish("hr-assist", type));
    await mustNot("forge a result (publish io.hrassist.resume-evaluation.completed.v1)", "api", publish("hr-assist", "io.hrassist.resume-evaluation.completed.v1"));

    for (const [fn, queue] of Object.entries(FUNCTIONS)) {
      const c = fn.replace("hr-assist-", "");
      const reply = replyOf(fn);
      await must(`check ${queue} exists (passive declare)`, c, (ch) => ch.checkQueue(queue));
      const got = await must(`read ${queue}`, c, get(queue));
      if (got.ok && !got.value) out.push(`${c}: no request waiting in ${queue}`);
      await must(`publish its reply ${reply}`, c, publish("hr-assist", reply));
      await must("publish io.hrassist.task.failed.v1", c, publish("hr-assist", "io.hrassist.task.failed.v1"));
      await must("dead-letter a message", c, publish("hr-assist.dead-letter", queue));
      for (const [type] of requested) await mustNot(`publish the task event ${type}`, c, publish("hr-assist", type));
      for (const other of Object.entries(FUNCTIONS).filter(([f]) => f !== fn).map(([f]) => replyOf(f)))
        await mustNot(`publish another function's result ${other}`, c, publish("hr-assist", other));
      for (const q of [...Object.values(FUNCTIONS).filter((q) => q !== queue), "task_results_queue", "dead_letter_queue"])
        await mustNot(`read ${q}`, c, get(q));
      await mustNot("declare a queue", c, (ch) => ch.assertQueue(`evil-${c}`, { durable: true }));
      await mustNot(`delete ${queue}`, c, (ch) => ch.deleteQueue(queue));
      await mustNot("declare the exchange", c, (ch) => ch.assertExchange("hr-assist", "topic", { durable: true }));
    }
    const results = await must("read task_results_queue", "api", get("task_results_queue"));
    if (results.ok && !results.value) out.push("api: no result waiting in task_results_queue");
    await must("check job_description_queue exists (passive declare)", "keda", (ch) => ch.checkQueue("job_description_queue"));
    await mustNot("read job_description_queue", "keda", get("job_description_queue"));
    await mustNot("publish io.hrassist.job-description.requested.v1", "keda", publish("hr-assist", "io.hrassist.job-description.requested.v1"));
  } catch (e) {
    out.push(`rabbitmqctl: ${(e.stderr || e.message).trim()}`);
  } finally {
    for (const conn of Object.values(connections)) await conn.close().catch(() => {});
    await ctl("delete_vhost", vhost).catch(() => {});
    for (const c of components) await ctl("delete_user", users[c].name).catch(() => {});
  }
  return out;
}

// The result type a function answers with (the first of its replies; the other is task.failed).
const replyOf = (fn) => REPLIES[fn][0];

// RabbitMQ's stored password: base64(salt ++ sha256(salt ++ password)) with a 4-byte salt.
function passwordHash(password) {
  const salt = randomBytes(4);
  return Buffer.concat([salt, createHash("sha256").update(Buffer.concat([salt, Buffer.from(password, "utf8")])).digest()]).toString("base64");
}

/**
 * The password-sync sidecar (files/sync-users.sh, with the rendered StatefulSet's key pair) against a real broker, on
 * a throwaway user: one pass sets the password; the loop then applies a changed file (quotes, dollar, backquote,
 * backslash, the URI's own characters, a non-ASCII letter) and only then, refuses values rabbitmqctl would read
 * differently (white space at an end, a line break, empty), logs a user that does not exist, and never prints a
 * password. Each password is checked by an AMQP login, the old one must be refused.
 */
export async function rabbitmqSyncProblems(objects, broker) {
  const sidecar = syncSidecar(objects, "rabbitmq");
  if (sidecar.problem) return [sidecar.problem];
  const pairs = (sidecar.env.HR_ASSIST_SYNC_USERS ?? "").split(/\s+/).filter(Boolean).map((p) => p.split(":"));
  if (pairs.length !== 1) return [`HR_ASSIST_SYNC_USERS names ${pairs.length} key pairs, expected 1 (the admin user): ${sidecar.env.HR_ASSIST_SYNC_USERS}`];
  const [[ukey, pkey]] = pairs;
  const s = randomBytes(4).toString("hex");
  const user = `hr-sync-${s}`, vhost = `hr-sync-${s}`;
  const before = `before-${s}`, first = `first-${s}-${randomBytes(6).toString("hex")}`;
  const nasty = `n'"$x\`id\`\\;%@:/?#é-${s}`;
  const login = async (pw) => {
    try {
      const c = await amqp.connect({ protocol: "amqp", hostname: broker.host, port: Number(broker.port), username: user, password: pw, vhost });
      c.on("error", () => {});
      await c.close();
      return true;
    } catch {
      return false;
    }
  };
  const holds = async (pw, old) => (await login(pw)) && !(await login(old));
  const vol = secretVolume(sidecar.script, { [ukey]: user, [pkey]: first });
  const env = { ...process.env, ...sidecar.env, HOME: process.env.HOME, HR_ASSIST_SECRET_DIR: vol.files, HR_ASSIST_SYNC_INTERVAL: "1", HR_ASSIST_SYNC_ALIVE: vol.alive };
  const out = [];
  let loop;
  try {
    await ctl("add_vhost", vhost);
    await ctlInput(before, "add_user", user);
    await ctl("set_permissions", "-p", vhost, user, "^$", "^$", "^$");
    if (!(await login(before))) return [`cannot log in as the test user ${user}`];
    const once = await runScript(vol.script, ["once"], env);
    if (once.code !== 0) out.push(`one pass exited ${once.code}: ${once.out.trim()}`);
    if (!(await holds(first, before))) out.push(`one pass: ${pkey} is not the password of ${user} (or the old one still works)`);
    loop = startLoop(vol.script, env);
    if (!(await waitFor(() => loop.log().includes(`user ${user}: password set`), 30000))) out.push(`the loop's first pass did not set ${user} within 30 s`);
    if ((await runScript(vol.script, ["ready"], env)).code !== 0) out.push("the loop is not ready (no heartbeat)");
    vol.write(pkey, nasty);
    if (!(await waitFor(() => holds(nasty, first), 30000, 1000))) out.push(`the loop did not set ${user}'s changed password within 30 s`);
    for (const [label, value] of [["white space at the end", `${nasty} `], ["white space at the start", ` ${nasty}`], ["a line break", `${nasty}\nx`], ["an empty password", ""]]) {
      const n = loop.log().split("\n").filter((l) => l.includes("not applied")).length;
      vol.write(pkey, value);
      if (!(await waitFor(() => loop.log().split("\n").filter((l) => l.includes("not applied")).length > n, 10000))) out.push(`the loop did not refuse ${label}`);
    }
    if (!(await login(nasty))) out.push("a refused value changed the password");
    vol.write(ukey, `hr-sync-missing-${s}`);
    vol.write(pkey, `secret-of-missing-${s}`);
    if (!(await waitFor(() => /user hr-sync-missing-\S+: not applied: .*does not exist/.test(loop.log()), 30000))) out.push(`the loop did not report a user that does not exist:\n${loop.log()}`);
    if ((await runScript(vol.script, ["live"], env)).code !== 0) out.push("the liveness check fails while the loop runs");
    const log = loop.log();
    const sets = log.split("\n").filter((l) => l.includes(`user ${user}: password set`)).length;
    if (sets !== 2) out.push(`the loop set the password ${sets} times, expected twice (at its start, on the change):\n${log}`);
    for (const pw of [first, nasty, `secret-of-missing-${s}`]) if (log.includes(pw) || once.out.includes(pw)) out.push("the log holds a password");
  } catch (e) {
    out.push(`rabbitmqctl: ${(e.stderr || e.message).trim()}`);
  } finally {
    await loop?.stop();
    vol.remove();
    await ctl("delete_user", user).catch(() => {});
    await ctl("delete_vhost", vhost).catch(() => {});
  }
  return out;
}
