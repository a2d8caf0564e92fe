"""The web front end answers only the host names an operator allows, and never redirects to the Host header (round 13,
docs/operators.md).

A request naming another host (a hostile Host header, or a name an attacker points at the kiosk's address) gets a
400 with no page and no redirect; by default the loopback names and the --host address are answered, more with
`chatbot serve --http --allowed-host NAME`.
"""

from __future__ import annotations

import warnings

import httpx
import pytest
from conftest import run_cli
from web_support import Server

from chatbot.frontends.web.app import create_app
from chatbot.frontends.web.hosts import BadAllowedHost, allowed_hosts, host_of, is_allowed
from chatbot.session_store import SessionStore

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

HOSTILE = ["attacker.example", "attacker.example:8000", "127.0.0.1.attacker.example", "localhost.attacker.example",
           "", "[::2]:8000", "10.0.0.9",
           # a "port" that is not digits hides another host name behind an allowed one
           "127.0.0.1:8000.attacker.example", "localhost:80.attacker.example", "[::1]:80.attacker.example",
           "[::1]attacker.example"]  # fmt: skip


@pytest.fixture(scope="module")
def app(bot):
    return create_app(SessionStore(bot, max_sessions=10, ttl_seconds=60))


@pytest.fixture
def client(app):
    return TestClient(app, base_url="http://127.0.0.1")


@pytest.mark.parametrize("host", HOSTILE)
@pytest.mark.parametrize("path", ["/", "/api/meta", "/api/meta/", "/static/app.js/", "/healthz/"])
def test_a_wrong_host_gets_a_400_and_never_a_redirect(client, host, path):
    response = client.get(path, headers={"host": host}, follow_redirects=False)
    assert response.status_code == 400 and "location" not in response.headers
    assert "host name" in response.json()["error"]
    assert response.headers["cache-control"] == "no-store"  # the security headers are on the refusal too


def test_a_wrong_host_cannot_ask_either(client):
    response = client.post("/api/ask", json={"text": "what is HO"}, headers={"host": "attacker.example"})
    assert response.status_code == 400 and "set-cookie" not in response.headers


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "localhost", "LOCALHOST:8000", "localhost.", "[::1]:8000", "::1"])
def test_the_loopback_names_a_kiosk_uses_are_answered(client, host):
    assert client.get("/", headers={"host": host}).status_code == 200


def test_a_trailing_slash_is_a_404_not_a_redirect_to_the_host_header(client):
    response = client.get("/api/meta/", follow_redirects=False)
    assert response.status_code == 404 and "location" not in response.headers


def test_an_operator_allows_names_and_the_address_listened_on(bot):
    hosts = allowed_hosts("192.168.1.20", ["kiosk.clinic.example,*.wards.example", "[fd00::5]"])
    client = TestClient(create_app(SessionStore(bot), hosts=hosts), base_url="http://127.0.0.1")
    for host in ("192.168.1.20:8000", "kiosk.clinic.example", "bed4.wards.example", "[fd00::5]:8000", "localhost"):
        assert client.get("/healthz", headers={"host": host}).status_code == 200, host
    for host in ("wards.example.attacker.example", "clinic.example", "192.168.1.21", "xwards.example"):
        assert client.get("/api/meta", headers={"host": host}).status_code == 400, host


def test_listening_on_every_address_names_no_host():
    assert allowed_hosts("0.0.0.0") == allowed_hosts("::") == allowed_hosts()
    assert host_of("[::1]:8000") == "::1" and host_of("Example.ORG.:80") == "example.org"
    assert not is_allowed("", allowed_hosts()) and is_allowed("x", allowed_hosts("127.0.0.1", ["*"]))


@pytest.mark.parametrize("value", ["bad name", "evil.example/path", "a@b.example", "*", "-x.example"])
def test_a_bad_allowed_host_is_refused(value):
    if value == "*":  # every name: for a server behind a proxy that checks names itself
        assert "*" in allowed_hosts("127.0.0.1", [value])
        return
    with pytest.raises(BadAllowedHost):
        allowed_hosts("127.0.0.1", [value])


def test_the_cli_refuses_a_bad_allowed_host():
    result = run_cli("serve", "--http", "--port", "0", "--allowed-host", "evil.example/x", timeout=30)
    assert result.returncode == 2 and b"not a host name" in result.stderr and b"Traceback" not in result.stderr


def test_the_real_server_answers_only_allowed_hosts():
    server = Server("--allowed-host", "kiosk.clinic.example")
    try:
        assert httpx.get(server.url + "/", timeout=20).status_code == 200
        allowed = httpx.get(server.url + "/healthz", headers={"host": "kiosk.clinic.example:8000"}, timeout=20)
        assert allowed.status_code == 200
        hostile = httpx.get(server.url + "/api/meta/", headers={"host": "attacker.example"}, timeout=20)
        assert hostile.status_code == 400 and "location" not in hostile.headers
    finally:
        assert server.stop() == 0


@pytest.mark.parametrize(
    ("header", "host"),
    [("localhost:8000", "localhost"), ("localhost:", "localhost"), ("[::1]:8000", "::1"), ("[::1]", "::1"),
     ("127.0.0.1:9000.example.org", ""), ("localhost:http", ""), ("[::1]:9x", ""), ("[::1]evil", "")],
)  # fmt: skip
def test_a_port_must_be_digits_or_the_header_names_no_host(header, host):
    assert host_of(header) == host
