"""A local Neo4j Community server for trying kg and for its tests.

Neo4j Community 5.26 (LTS) comes from Maven Central as jars (``mvn`` resolves
``org.neo4j:neo4j`` with its dependencies into a cache folder, once) and runs on the
installed Java 17 through its own entry point. Bolt listens on a loopback port,
authentication is on, and the data lives in a temporary folder that ``stop`` removes.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from .cachedir import cache_dir

VERSION = "5.26.0"
CACHE = cache_dir()
STATE = CACHE / "neo4j-local.json"
POM = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>kg</groupId><artifactId>neo4j-local</artifactId><version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>{version}</version></dependency>
  </dependencies>
</project>
"""
CONF = """server.default_listen_address=127.0.0.1
server.bolt.listen_address=127.0.0.1:{port}
server.http.enabled=false
server.https.enabled=false
dbms.security.auth_enabled=true
server.directories.data={home}/data
server.directories.logs={home}/logs
server.directories.run={home}/run
server.directories.plugins={home}/plugins
server.memory.heap.initial_size=256m
server.memory.heap.max_size=1g
server.memory.pagecache.size=256m
dbms.usage_report.enabled=false
"""


class ServerError(Exception):
    pass


@dataclass
class Server:
    uri: str
    user: str
    password: str
    home: str
    pid: int
    port: int


def install(version: str = VERSION) -> Path:
    """The folder of Neo4j's jars, fetched from Maven Central on first use."""
    lib = CACHE / f"neo4j-{version}" / "lib"
    if (lib / f"neo4j-server-{version}.jar").is_file():
        return lib
    for tool in ("java", "mvn"):
        if not shutil.which(tool):
            raise ServerError(f"{tool} is needed to run a local Neo4j and was not found on PATH")
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "pom.xml").write_text(POM.format(version=version), "utf-8")
        out = subprocess.run(["mvn", "-q", "-B", "dependency:copy-dependencies",
                              f"-DoutputDirectory={lib}.part"], cwd=tmp, capture_output=True,
                             text=True)
        if out.returncode:
            raise ServerError("could not fetch Neo4j from Maven Central: "
                              + (out.stdout + out.stderr).strip().splitlines()[-1:][0])
    shutil.rmtree(lib, ignore_errors=True)
    os.replace(f"{lib}.part", lib)
    return lib


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _java(lib: Path, main: str, *args: str, env: dict, **kw) -> subprocess.Popen:
    return subprocess.Popen(["java", "-Xmx1g", "-cp", f"{lib}/*", main, *args], env=env, **kw)


def start(port: int | None = None, password: str | None = None, state: Path = STATE,
          timeout: float = 180) -> Server:
    """Start a server (or return the one this state file says is running)."""
    running = status(state)
    if running:
        return running
    lib = install()
    port = port or free_port()
    password = password or secrets.token_hex(8)
    home = Path(tempfile.mkdtemp(prefix="kg-neo4j-"))
    for d in ("conf", "data", "logs", "run", "plugins"):
        (home / d).mkdir()
    (home / "conf" / "neo4j.conf").write_text(CONF.format(port=port, home=home), "utf-8")
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    admin = _java(lib, "org.neo4j.cli.AdminTool", "dbms", "set-initial-password", password,
                  env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if admin.wait(timeout=120):
        raise ServerError(f"setting the Neo4j password failed: {admin.stdout.read().strip()}")
    log = open(home / "logs" / "console.log", "w")
    proc = _java(lib, "org.neo4j.server.CommunityEntryPoint", f"--home-dir={home}",
                 f"--config-dir={home / 'conf'}", env=env, stdout=log, stderr=subprocess.STDOUT,
                 start_new_session=True)
    server = Server(f"bolt://127.0.0.1:{port}", "neo4j", password, str(home), proc.pid, port)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ServerError(f"Neo4j exited at start; see {home / 'logs'}")
        if _answers(server):
            state.parent.mkdir(parents=True, exist_ok=True)
            state.write_text(json.dumps(asdict(server)), "utf-8")
            return server
        time.sleep(1)
    _kill(proc.pid)
    raise ServerError(f"Neo4j did not answer on port {port} within {timeout:.0f}s")


def _answers(server: Server) -> bool:
    from neo4j import GraphDatabase
    try:
        with GraphDatabase.driver(server.uri, auth=(server.user, server.password)) as d:
            d.verify_connectivity()
            return True
    except Exception:
        return False


def status(state: Path = STATE) -> Server | None:
    if not state.is_file():
        return None
    server = Server(**json.loads(state.read_text("utf-8")))
    try:
        os.kill(server.pid, 0)
    except OSError:
        state.unlink(missing_ok=True)
        return None
    return server


def _kill(pid: int, timeout: float = 60) -> None:
    try:
        os.killpg(pid, signal.SIGTERM)
    except OSError:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except OSError:
            return
        try:                                      # reap it if it is our child
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            pass
        time.sleep(0.5)
    os.killpg(pid, signal.SIGKILL)


def stop(state: Path = STATE) -> bool:
    server = status(state)
    if not server:
        return False
    _kill(server.pid)
    shutil.rmtree(server.home, ignore_errors=True)
    state.unlink(missing_ok=True)
    return True
