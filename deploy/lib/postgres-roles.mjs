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
  const must = async (label, r) => { if (!(await r).ok) out.push(`${label} failed: ${(await r).out}`); };
  const mustNot = async (label, r) => { const x = await r; if (x.ok) out.push(`${label} succeeded, it must not`); else if (!/permission denied|must be owner|not have CONNECT/i.test(x.out)) out.push(`${label}: ${x.out}`); };
  try {
    const created = await su(`CREATE DATABASE ${db}`);
    if (!created.ok) return [`cannot create a test database on ${server.PGHOST}:${server.PGPORT}: ${created.out}`];
    await su(`CREATE ROLE ${other} LOGIN PASSWORD '${pw[other]}'`);
    const init = await run("sh", ["-c", script], {
      env: { ...process.env, ...server, POSTGRES_USER: server.PGUSER, POSTGRES_DB: db,
        HR_ASSIST_DB_OWNER_USER: owner, HR_ASSIST_DB_OWNER_PASSWORD: pw[owner], HR_ASSIST_DB_APP_USER: app, HR_ASSIST_DB_APP_PASSWORD: pw[app] },
    }).then(() => null, (e) => (e.stderr || e.message).trim());
    if (init) return [`10-roles.sh failed: ${init}`];
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
  } finally {
    await su(`DROP DATABASE IF EXISTS ${db}`);
    for (const r of [owner, app, other]) await su(`DROP ROLE IF EXISTS ${r}`);
  }
  return out;
}
