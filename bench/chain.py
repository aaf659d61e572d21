#!/usr/bin/env python3
"""The whole chain from zero: every service stopped, then a job description requested -> result stored.

Each service starts on its first request the way Knative's activator starts a revision scaled to zero: an activator
(a TCP proxy on the service's address) holds the first connection, launches the service's JVM, waits until it
accepts connections, then passes the bytes through. The broker (always up, as Knative's is) takes the API's request
event with 202, delivers it to the function's activator in binary mode and posts the reply back to the API's, with
the ingest token, as the local broker does. PostgreSQL stays up. Each round: POST /api/v1/vacancies/{id}/job-description
with a token signed in before the rounds, then GET /api/v1/tasks/{id} every 10 ms until SUCCEEDED; then both services
are stopped. Parts per round (ms): api-start (the API's activator: JVM launch -> accepting), request (client sent ->
task created, the start included), outbox (task created -> event at the broker), function-start (the function's
activator: launch -> accepting), function (accepting -> reply at the broker), store (reply -> the client sees
SUCCEEDED), total; and, in the same rounds, minimal-app (bench/minimal-app, same JVM setup) from launch to its first
answered event, so that a busy host's figures can be read as multiples of it (the `total` row's ratio).

Usage: bench/chain.py [--runs N] [--setup c1|aot25] (run by bench/chain.sh, which builds nothing: ./mvnw -DskipTests
package first). Needs psql and a PostgreSQL at PGHOST:PGPORT (127.0.0.1:5432, user postgres). Loopback only; every
process it starts is stopped at the end, also when interrupted.
"""
import argparse
import http.client
import http.server
import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, "target", "chain")
PG = dict(host=os.environ.get("PGHOST", "127.0.0.1"), port=os.environ.get("PGPORT", "5432"),
          user=os.environ.get("PGUSER", "postgres"))
JAVA17 = os.environ.get("JAVA17", "java")
JAVA25 = os.path.join(os.environ.get("JAVA25_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "java")
C1 = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"]
NO_REPLAY = ["-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTReplayTraining"]
JD_TYPE = "io.hrassist.job-description.requested.v1"
FIXTURE = os.path.join(ROOT, "events/src/test/resources/fixtures/job-description.requested.v1.json")
PASSWORD = "chain-bench-password-1"
processes = []


def now():
    return time.monotonic() * 1000


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def psql(sql, db="postgres"):
    subprocess.run(["psql", "-q", "-h", PG["host"], "-p", PG["port"], "-U", PG["user"], "-d", db, "-c", sql],
                   check=True, stdout=subprocess.DEVNULL)


def launch(name, java, flags, jar, port, env):
    log = open(os.path.join(WORK, name + ".log"), "ab")
    proc = subprocess.Popen([java, *flags, *os.environ.get("JVM_FLAGS", "").split(), "-jar", jar],
                            env={**os.environ, **env, "PORT": str(port), "MICRONAUT_SERVER_HOST": "127.0.0.1"},
                            stdout=log, stderr=subprocess.STDOUT)
    processes.append(proc)
    return proc


def stop(proc):
    if proc and proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def accepting(port, proc, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"a service exited with {proc.returncode}: see {WORK}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.05).close()
            return
        except OSError:
            time.sleep(0.005)
    raise SystemExit("a service did not start in time")


def request(port, method, path, body=None, headers=None, timeout=60):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response.status, dict(response.getheaders()), data


class Activator:
    """Holds the first connection, starts the service, passes bytes through once it accepts connections."""

    def __init__(self, name, start):
        self.name, self.start = name, start
        self.port, self.backend = free_port(), free_port()
        self.lock = threading.Lock()
        self.proc = None
        self.launched = self.ready = None
        server = socket.create_server(("127.0.0.1", self.port))
        threading.Thread(target=self.accept, args=(server,), daemon=True).start()

    def accept(self, server):
        while True:
            client, _ = server.accept()
            threading.Thread(target=self.handle, args=(client,), daemon=True).start()

    def handle(self, client):
        with self.lock:
            if self.proc is None:
                self.launched = now()
                self.proc = self.start(self.backend)
                accepting(self.backend, self.proc)
                self.ready = now()
        backend = socket.create_connection(("127.0.0.1", self.backend))
        threading.Thread(target=pipe, args=(backend, client), daemon=True).start()
        pipe(client, backend)

    def scale_to_zero(self):
        with self.lock:
            stop(self.proc)
            self.proc = None


def pipe(source, target):
    try:
        while data := source.recv(65536):
            target.sendall(data)
    except OSError:
        pass
    finally:
        for s in (source, target):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class Broker(http.server.ThreadingHTTPServer):
    """Knative's broker for this chain: 202 to the API, the request to the function, the reply back to the API."""

    def __init__(self, function, api, token):
        super().__init__(("127.0.0.1", 0), BrokerHandler)
        self.function, self.api, self.token = function, api, token
        self.received = self.replied = None
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def deliver(self, headers, body):
        status, reply_headers, reply = request(self.function.port, "POST", "/", body, headers)
        self.replied = now()
        if status != 200:
            print(f"function answered {status}", file=sys.stderr)
            return
        ce = {k: v for k, v in reply_headers.items() if k.lower().startswith("ce-") or k.lower() == "content-type"}
        status, _, _ = request(self.api.port, "POST", "/", reply, {**ce, "Authorization": "Bearer " + self.token})
        if status >= 300:
            print(f"the API refused the reply: {status}", file=sys.stderr)


class BrokerHandler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.server.received = now()
        headers = {k: v for k, v in self.headers.items() if k.lower().startswith("ce-") or k.lower() == "content-type"}
        self.send_response(202)
        self.send_header("Content-Length", "0")
        self.end_headers()
        if self.headers.get("ce-type") == JD_TYPE:
            threading.Thread(target=self.server.deliver, args=(headers, body), daemon=True).start()

    def log_message(self, *args):
        pass


def jvm(setup, app):
    if setup == "c1":
        return JAVA17, C1
    return JAVA25, C1 + ["-XX:AOTCache=" + os.path.join(WORK, app + ".aot")] + NO_REPLAY


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--setup", default="aot25", choices=["c1", "aot25"])
    args = parser.parse_args()
    os.makedirs(WORK, exist_ok=True)
    db = f"hrassist_chain_{os.getpid()}"
    jwt, ingest = secrets.token_urlsafe(48), secrets.token_urlsafe(32)
    api_jar = os.path.join(ROOT, "api-function/target/api-function.jar")
    jd_jar = os.path.join(ROOT, "jd-function/target/jd-function.jar")
    api_env = {"HR_ASSIST_DB_URL": f"jdbc:postgresql://{PG['host']}:{PG['port']}/{db}", "HR_ASSIST_DB_USER": PG["user"],
               "HR_ASSIST_DB_PASSWORD": os.environ.get("PGPASSWORD", ""), "HR_ASSIST_JWT_SECRET": jwt,
               "HR_ASSIST_ADMIN_PASSWORD": PASSWORD, "HR_ASSIST_INGEST_TOKEN": ingest}
    psql(f"CREATE DATABASE {db}")
    try:
        # The database as a running system has it (migrated, admin, a vacancy); a token signed in before the rounds.
        port = free_port()
        java, flags = (JAVA25, C1 + ["-XX:AOTCacheOutput=" + os.path.join(WORK, "api.aot")]) \
            if args.setup == "aot25" else (JAVA17, C1)
        api = launch("api-prepare", java, flags, api_jar, port, api_env)
        accepting(port, api)
        status, _, body = request(port, "POST", "/login", json.dumps({"username": "admin", "password": PASSWORD}),
                                  {"Content-Type": "application/json"})
        token = json.loads(body)["access_token"]
        auth = {"Authorization": "Bearer " + token}
        status, _, body = request(port, "POST", "/api/v1/vacancies", json.dumps(
            {"title": "Backend Engineer", "language": "en", "seniority": "senior",
             "mustHaveSkills": ["Java", "PostgreSQL"], "niceToHaveSkills": ["Kafka"]}),
            {**auth, "Content-Type": "application/json"})
        vacancy = json.loads(body)["id"]
        for path in ("/api/v1/vacancies", f"/api/v1/vacancies/{vacancy}"):
            request(port, "GET", path, headers=auth)
        request(port, "POST", f"/api/v1/vacancies/{vacancy}/job-description", headers=auth)  # no sink: it waits
        stop(api)  # an AOT cache trained against this database, as the API image's
        if args.setup == "aot25":
            train_function(jd_jar)
        psql("DELETE FROM outbox_event; DELETE FROM task", db)

        api_act = Activator("api", lambda p: launch("api", *jvm(args.setup, "api"), api_jar, p,
                                                   {**api_env, "K_SINK": broker_url[0]}))
        jd_act = Activator("jd", lambda p: launch("jd-function", *jvm(args.setup, "jd-function"), jd_jar, p, {}))
        broker = Broker(jd_act, api_act, ingest)
        broker_url = [f"http://127.0.0.1:{broker.server_address[1]}/"]
        minimal_jar = os.path.join(ROOT, "bench/minimal-app/target/minimal-app.jar")
        if args.setup == "aot25":
            train_function(minimal_jar, "minimal-app")
        rows = []
        for _ in range(args.runs):
            rows.append(round_trip(api_act, jd_act, broker, vacancy, auth))
            api_act.scale_to_zero()
            jd_act.scale_to_zero()
            rows[-1]["minimal-app"] = minimal_start(args.setup, minimal_jar)
        report(args, rows)
    finally:
        for proc in processes:
            stop(proc)
        psql(f"DROP DATABASE IF EXISTS {db} WITH (FORCE)")


EVENT_HEADERS = {"ce-specversion": "1.0", "ce-id": "bench", "ce-source": "/bench", "ce-type": JD_TYPE,
                 "ce-subject": "bench", "Content-Type": "application/json"}


def train_function(jar, app="jd-function"):
    port = free_port()
    proc = launch(app + "-train", JAVA25, C1 + ["-XX:AOTCacheOutput=" + os.path.join(WORK, app + ".aot")], jar, port, {})
    accepting(port, proc)
    body = open(FIXTURE, "rb").read()
    for _ in range(4):
        request(port, "POST", "/", body, EVENT_HEADERS)
    stop(proc)


def minimal_start(setup, jar):
    """Launch -> first event answered by the minimal app, as bench/coldstart.sh measures it."""
    port = free_port()
    body = open(FIXTURE, "rb").read()
    begin = now()
    proc = launch("minimal-app", *jvm(setup, "minimal-app"), jar, port, {})
    while True:
        try:
            if request(port, "POST", "/", body, EVENT_HEADERS)[0] < 300:
                break
        except OSError:
            if proc.poll() is not None:
                raise SystemExit("minimal-app exited")
            time.sleep(0.01)
    elapsed = now() - begin
    stop(proc)
    return elapsed


def round_trip(api_act, jd_act, broker, vacancy, auth):
    broker.received = broker.replied = None
    begin = now()
    status, _, body = request(api_act.port, "POST", f"/api/v1/vacancies/{vacancy}/job-description", headers=auth)
    created = now()
    if status != 202 and status != 201 and status != 200:
        raise SystemExit(f"job description request: {status} {body[:200]}")
    task = json.loads(body)["id"]
    while True:
        status, _, body = request(api_act.port, "GET", f"/api/v1/tasks/{task}", headers=auth)
        state = json.loads(body).get("status")
        if state == "SUCCEEDED":
            break
        if state == "FAILED" or now() - begin > 120000:
            raise SystemExit(f"task {task} ended {state}")
        time.sleep(0.01)
    done = now()
    return {"api-start": api_act.ready - api_act.launched, "request": created - begin,
            "outbox": broker.received - created, "function-start": jd_act.ready - jd_act.launched,
            "function": broker.replied - jd_act.ready, "store": done - broker.replied, "total": done - begin}


def report(args, rows):
    load = open("/proc/loadavg").read().split()[:3]
    print(f"# {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())} {os.cpu_count()} CPUs, load average "
          f"{' '.join(load)}, setup {args.setup}, runs {args.runs}")
    print(f"{'part':16} {'median':>8}  runs")
    for part in rows[0]:
        values = [round(row[part]) for row in rows]
        print(f"{part:16} {round(statistics.median(values)):>5} ms  {' '.join(map(str, values))}")
    ratio = statistics.median(row["total"] for row in rows) / statistics.median(row["minimal-app"] for row in rows)
    print(f"total / minimal-app: {ratio:.2f}x")


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        for p in processes:
            stop(p)
        sys.exit(143)
