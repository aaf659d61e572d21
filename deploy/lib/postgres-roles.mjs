// The PostgreSQL subchart's init script (files/10-roles.sh, rendered into the <release>-postgres-initdb ConfigMap)
// run against a real server: a throwaway database and roles, then what the app role may and may not do. Needs psql
// and HR_ASSIST_TEST_DB_URL (jdbc:postgresql://host:port/db) with HR_ASSIST_TEST_DB_USER / _PASSWORD, as CI has.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { randomBytes } from "node:crypto";

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
