// The PostgreSQL subchart's init script (files/10-roles.sh, rendered into the <release>-postgres-initdb ConfigMap)
// run against a real server: a throwaway database and roles, then what the app role may and may not do; and its
// password-sync sidecar (files/sync-roles.sh) setting throwaway roles' passwords from changed files. Needs psql and
// HR_ASSIST_TEST_DB_URL (jdbc:postgresql://host:port/db) with HR_ASSIST_TEST_DB_USER / _PASSWORD, as CI has.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { randomBytes, pbkdf2Sync, createHmac, createHash } from "node:crypto";
import { syncSidecar, secretVolume, runScript, startLoop, waitFor } from "./sync-loop.mjs";

const run = promisify(execFile);

/** null when no server is configured (the check then says it was skipped), else the connection settings. */
export function testServer(env = process.env) {
  const m = /^jdbc:postgresql:\/\/([^:/]+)(?::(\d+))?\//.exec(env.HR_ASSIST_TEST_DB_URL || "");
  if (!m) return null;
  return { PGHOST: m[1], PGPORT: m[2] || "5432", PGUSER: env.HR_ASSIST_TEST_DB_USER || "postgres", PGPASSWORD: env.HR_ASSIST_TEST_DB_PASSWORD || "postgres" };
}

/** Problems (strings) of the init script found in the rendered objects; empty when the roles hold. */
export async function postgresRolesProblems(objects, server) {
  const cm = objects.find((o) => o.kind === "ConfigMap" && o.metadata.name.endsWith("-postgres-initdb"));
  const script = cm?.data?.["10-roles.sh"];
  if (!script) return ["no ConfigMap <release>-postgres-initdb with 10-roles.sh (owner and app roles)"];
  const s = randomBytes(4).toString("hex");
  const db = `hr_roles_${s}`, owner = `hr_roles_owner_${s}`, app = `hr_roles_app_${s}`, other = `hr_roles_other_${s}`;
  const pw = { [owner]: `o-${s}-${randomBytes(8).toString("hex")}`, [app]: `a-${s}-${randomBytes(8).toString("hex")}`, [other]: `x-${s}` };
  const psql = (user, database, sql) =>
    run("psql", ["-v", "ON_ERROR_STOP=1", "--no-psqlrc", "-qAt", "-U", user, "-d", database, "-c", sql], { env: { ...process.env, ...server, PGPASSWORD: pw[user] ?? server.PGPASSWORD } })
      .then((r) => ({ ok: true, out: r.stdout.trim() }), (e) => ({ ok: false, out: (e.stderr || e.message).trim() }));
  const su = (sql, database = "postgres") => psql(server.PGUSER, database, sql);
  const out = [];
  try {
    const created = await su(`CREATE DATABASE ${db}`);
    if (!created.ok) return [`cannot create a test database on ${server.PGHOST}:${server.PGPORT}: ${created.out}`];
    await su(`CREATE ROLE ${other} LOGIN PASSWORD '${pw[other]}'`);
    const init = await run("sh", ["-c", script], {
      env: { ...process.env, ...server, POSTGRES_USER: server.PGUSER, POSTGRES_DB: db,
        HR_ASSIST_DB_OWNER_USER: owner, HR_ASSIST_DB_OWNER_PASSWORD: pw[owner], HR_ASSIST_DB_APP_USER: app, HR_ASSIST_DB_APP_PASSWORD: pw[app] },
    }).then(() => null, (e) => (e.stderr || e.message).trim());
    if (init) return [`10-roles.sh failed: ${init}`];
    out.push(...(await rolePowers(psql, { db, owner, app, other })));
  } finally {
    await su(`DROP DATABASE IF EXISTS ${db}`);
    for (const r of [owner, app, other]) await su(`DROP ROLE IF EXISTS ${r}`);
  }
  return out;
}

/**
 * postgres.mode=cloudnativepg: what CloudNativePG does on a new Cluster, on a real server: initdb creates the owner
 * and its database, runs the Cluster's postInitApplicationSQL as the superuser in that database, then the managed
 * role (the app role) gets LOGIN and its password. The roles must then hold exactly as with 10-roles.sh.
 */
export async function cnpgRolesProblems(objects, server) {
  const cluster = objects.find((o) => o.kind === "Cluster" && o.apiVersion === "postgresql.cnpg.io/v1");
  if (!cluster) return ["no CloudNativePG Cluster rendered"];
  const { database, owner: ownerName, postInitApplicationSQL: sql = [] } = cluster.spec.bootstrap.initdb;
  const role = cluster.spec.managed.roles[0];
  const s = randomBytes(4).toString("hex");
  const db = `hr_cnpg_${s}`, owner = `hr_cnpg_owner_${s}`, app = `hr_cnpg_app_${s}`, other = `hr_cnpg_other_${s}`;
  const pw = { [owner]: `o-${s}-${randomBytes(8).toString("hex")}`, [app]: `a-${s}-${randomBytes(8).toString("hex")}`, [other]: `x-${s}` };
  const psql = (user, dbName, q) =>
    run("psql", ["-v", "ON_ERROR_STOP=1", "--no-psqlrc", "-qAt", "-U", user, "-d", dbName, "-c", q], { env: { ...process.env, ...server, PGPASSWORD: pw[user] ?? server.PGPASSWORD } })
      .then((r) => ({ ok: true, out: r.stdout.trim() }), (e) => ({ ok: false, out: (e.stderr || e.message).trim() }));
  const su = (q, dbName = "postgres") => psql(server.PGUSER, dbName, q);
  // The rendered names, swapped for throwaway ones (whole identifiers only).
  const rename = (q) => q.replace(new RegExp(`\\b${role.name}\\b`, "g"), app).replace(new RegExp(`\\b${ownerName}\\b`, "g"), owner).replace(new RegExp(`\\b${database}\\b`, "g"), db);
  try {
    const created = await su(`CREATE ROLE ${owner} LOGIN PASSWORD '${pw[owner]}'`);
    if (!created.ok) return [`cannot create a test role on ${server.PGHOST}:${server.PGPORT}: ${created.out}`];
    await su(`CREATE DATABASE ${db} OWNER ${owner}`);
    await su(`CREATE ROLE ${other} LOGIN PASSWORD '${pw[other]}'`);
    for (const q of sql) {
      const r = await su(rename(q), db);
      if (!r.ok) return [`postInitApplicationSQL "${q}" failed: ${r.out}`];
    }
    const flags = [role.login ? "LOGIN" : "NOLOGIN", role.superuser ? "SUPERUSER" : "NOSUPERUSER", role.createdb ? "CREATEDB" : "NOCREATEDB", role.createrole ? "CREATEROLE" : "NOCREATEROLE", role.inherit === false ? "NOINHERIT" : "INHERIT"];
    const managed = await su(`ALTER ROLE ${app} ${flags.join(" ")} PASSWORD '${pw[app]}'`);
    if (!managed.ok) return [`the managed role ${role.name}: ${managed.out}`];
    return await rolePowers(psql, { db, owner, app, other });
  } finally {
    await su(`DROP DATABASE IF EXISTS ${db}`);
    for (const r of [owner, app, other]) await su(`DROP ROLE IF EXISTS ${r}`);
  }
}

/** What the owner and the app role may do in db (the owner migrates and grants rows, as afterMigrate.sql does). */
async function rolePowers(psql, { db, owner, app, other }) {
  const out = [];
  const must = async (label, r) => { const x = await r; if (!x.ok) out.push(`${label} failed: ${x.out}`); };
  const mustNot = async (label, r) => { const x = await r; if (x.ok) out.push(`${label} succeeded, it must not`); else if (!/permission denied|must be owner|not have CONNECT/i.test(x.out)) out.push(`${label}: ${x.out}`); };
  {
    // What a migration does as the owner, and what afterMigrate.sql grants.
    await must("owner: CREATE TABLE and SEQUENCE", psql(owner, db, "CREATE TABLE task (id int); CREATE SEQUENCE task_seq"));
    await must("owner: GRANT rows to the app role", psql(owner, db, `GRANT SELECT, INSERT, UPDATE, DELETE ON task TO ${app}; GRANT USAGE, SELECT ON SEQUENCE task_seq TO ${app}`));
    await must("app: INSERT, UPDATE, SELECT, DELETE, nextval", psql(app, db, "INSERT INTO task VALUES (1); UPDATE task SET id = 2; SELECT count(*) FROM task; DELETE FROM task; SELECT nextval('task_seq')"));
    for (const [label, sql] of [["CREATE TABLE", "CREATE TABLE evil (id int)"], ["DROP TABLE", "DROP TABLE task"], ["ALTER TABLE", "ALTER TABLE task ADD COLUMN x int"],
      ["TRUNCATE", "TRUNCATE task"], ["CREATE SCHEMA", "CREATE SCHEMA evil"], ["CREATE FUNCTION", "CREATE FUNCTION evil() RETURNS int LANGUAGE sql AS 'SELECT 1'"]])
      await mustNot(`app: ${label}`, psql(app, db, sql));
    await mustNot("another role: CONNECT", psql(other, db, "SELECT 1"));
    const superuser = await psql(app, db, "SELECT rolsuper OR rolcreatedb OR rolcreaterole FROM pg_roles WHERE rolname = current_user");
    if (superuser.out !== "f") out.push(`app role has superuser, createdb or createrole (${superuser.out})`);
  }
  return out;
}

/**
 * The password-sync sidecar (files/sync-roles.sh, with the rendered StatefulSet's key pairs) against a real server,
 * every pair on a throwaway role: one pass sets all passwords; the loop then applies a changed file (a password of
 * quotes, backslash, dollar, backquote, semicolon and comment) and only that one, refuses an empty value or one with a
 * final line break, logs a role that does not exist, and never prints a password. Each password is checked against
 * the role's stored SCRAM verifier and, where the server asks for passwords, by logging in with it.
 */
export async function postgresSyncProblems(objects, server) {
  const sidecar = syncSidecar(objects, "postgres");
  if (sidecar.problem) return [sidecar.problem];
  const pairs = (sidecar.env.HR_ASSIST_SYNC_ROLES ?? "").split(/\s+/).filter(Boolean).map((p) => p.split(":"));
  if (pairs.length !== 3) return [`HR_ASSIST_SYNC_ROLES names ${pairs.length} key pairs, expected 3 (superuser, owner, app): ${sidecar.env.HR_ASSIST_SYNC_ROLES}`];
  const s = randomBytes(4).toString("hex");
  const roles = pairs.map((_, i) => `hr_sync_${i}_${s}`);
  const first = roles.map((r) => `first-${r}-${randomBytes(6).toString("hex")}`);
  const nasty = `it's "q" $x \`id\` \\ ;-- ${s}`;
  const psql = (sql, env = {}) => run("psql", ["-X", "-v", "ON_ERROR_STOP=1", "-qAt", "-d", "postgres", "-c", sql], { env: { ...process.env, ...server, ...env } })
    .then((r) => ({ ok: true, out: r.stdout.trim() }), (e) => ({ ok: false, out: (e.stderr || e.message).trim() }));
  const verifier = async (role) => (await psql(`SELECT rolpassword FROM pg_authid WHERE rolname = '${role}'`)).out;
  const login = (role, pw) => psql("SELECT current_user", { PGUSER: role, PGPASSWORD: pw });
  const enforces = async (role) => !(await login(role, `wrong-${s}`)).ok;
  const holds = async (role, pw) => scramMatches(await verifier(role), pw) && (!(await enforces(role)) || (await login(role, pw)).ok);
  const vol = secretVolume(sidecar.script, Object.fromEntries(pairs.flatMap(([u, p], i) => [[u, roles[i]], [p, first[i]]])));
  const env = { ...process.env, ...server, ...sidecar.env, PGDATABASE: "postgres", PGHOST: server.PGHOST, HR_ASSIST_SECRET_DIR: vol.files, HR_ASSIST_SYNC_INTERVAL: "1", HR_ASSIST_SYNC_ALIVE: vol.alive };
  const out = [];
  let loop;
  try {
    for (const r of roles) {
      const created = await psql(`CREATE ROLE ${r} LOGIN PASSWORD 'before-${s}'`);
      if (!created.ok) return [`cannot create a test role on ${server.PGHOST}:${server.PGPORT}: ${created.out}`];
    }
    const once = await runScript(vol.script, ["once"], env);
    if (once.code !== 0) out.push(`one pass exited ${once.code}: ${once.out.trim()}`);
    for (const [i, r] of roles.entries()) if (!(await holds(r, first[i]))) out.push(`one pass: ${pairs[i][1]} is not the password of ${r}`);
    loop = startLoop(vol.script, env);
    if (!(await waitFor(async () => (await runScript(vol.script, ["ready"], env)).code === 0, 10000))) out.push("the loop is not ready (no heartbeat) after 10 s");
    if (!(await waitFor(() => loop.log().includes(`role ${roles[2]}: password set`), 10000))) out.push(`the loop's first pass did not set ${roles[2]} within 10 s`);
    const app = pairs[2];
    vol.write(app[1], nasty);
    if (!(await waitFor(() => holds(roles[2], nasty), 15000))) out.push(`the loop did not set ${roles[2]}'s changed password (${app[1]}) within 15 s`);
    for (const [label, value] of [["an empty password", ""], ["a password with a final line break", `${nasty}\n`]]) {
      vol.write(app[1], value);
      if (!(await waitFor(() => loop.log().includes(`${app[1]} ${label.includes("empty") ? "is empty" : "ends with a line break"}, not applied`), 10000))) out.push(`the loop did not refuse ${label}`);
      if (!(await holds(roles[2], nasty))) out.push(`${label} changed ${roles[2]}'s password`);
    }
    vol.write(app[0], `hr_sync_missing_${s}`);
    vol.write(app[1], `secret-of-missing-${s}`);
    if (!(await waitFor(() => loop.log().includes(`role hr_sync_missing_${s} does not exist`), 10000))) out.push("the loop did not report a role that does not exist");
    if ((await runScript(vol.script, ["live"], env)).code !== 0) out.push("the liveness check fails while the loop runs");
    const log = loop.log();
    const sets = (r) => log.split("\n").filter((l) => l.includes(`role ${r}: password set`)).length;
    // Each role once as the loop starts (it remembers nothing of the pass before), the app role once more for its change.
    if (sets(roles[0]) !== 1 || sets(roles[1]) !== 1 || sets(roles[2]) !== 2) out.push(`the loop set passwords other than at its start and on a change:\n${log}`);
    for (const pw of [...first, nasty, `secret-of-missing-${s}`]) if (log.includes(pw) || once.out.includes(pw)) out.push("the log holds a password");
  } finally {
    await loop?.stop();
    vol.remove();
    for (const r of roles) await psql(`DROP ROLE IF EXISTS ${r}`);
  }
  return out;
}

/** Whether a SCRAM-SHA-256 verifier (pg_authid.rolpassword) was made from this password (ASCII: SASLprep is identity). */
export function scramMatches(verifier, password) {
  const m = /^SCRAM-SHA-256\$(\d+):([^$]+)\$([^:]+):(.+)$/.exec(verifier ?? "");
  if (!m) return false;
  const salted = pbkdf2Sync(Buffer.from(password, "utf8"), Buffer.from(m[2], "base64"), Number(m[1]), 32, "sha256");
  const stored = createHash("sha256").update(createHmac("sha256", salted).update("Client Key").digest()).digest("base64");
  return stored === m[3] && createHmac("sha256", salted).update("Server Key").digest("base64") === m[4];
}
