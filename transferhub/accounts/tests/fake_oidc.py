"""A small OpenID Connect provider on a loopback port, for the single sign-on tests.

It serves discovery, an authorisation endpoint that signs the person in at once (as a
provider would after its own login page) and a token endpoint that checks the client,
the redirect URI and the PKCE verifier before it hands out the ID token.
"""

import base64
import hashlib
import json
import secrets
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class FakeProvider:
    client_id = "transferhub"
    client_secret = "geheim-des-clients"

    def __init__(self):
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.claims: dict = {}  # added to (or replacing) the ID token's claims
        self.codes: dict[str, dict] = {}
        self.token_requests: list[dict] = []
        # A short poll: shutdown() waits for it (half a second by default, in every test).
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def id_token(self, nonce: str) -> str:
        claims = {
            "iss": self.url,
            "aud": self.client_id,
            "sub": "person-1",
            "exp": int(time.time()) + 300,
            "iat": int(time.time()),
            "nonce": nonce,
            "email_verified": True,
            **self.claims,
        }
        header = _b64(json.dumps({"alg": "RS256", "kid": "test"}).encode())
        return f"{header}.{_b64(json.dumps(claims).encode())}.{_b64(b'signature')}"

    def _handler(self):
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _json(self, status: int, value: dict) -> None:
                body = json.dumps(value).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                url = urllib.parse.urlsplit(self.path)
                if url.path == "/.well-known/openid-configuration":
                    return self._json(
                        200,
                        {
                            "issuer": provider.url,
                            "authorization_endpoint": provider.url + "/authorize",
                            "token_endpoint": provider.url + "/token",
                        },
                    )
                if url.path == "/authorize":
                    query = dict(urllib.parse.parse_qsl(url.query))
                    code = secrets.token_urlsafe(16)
                    provider.codes[code] = query
                    answer = {"code": code, "state": query["state"]}
                    self.send_response(302)
                    self.send_header(
                        "Location", f"{query['redirect_uri']}?{urllib.parse.urlencode(answer)}"
                    )
                    self.end_headers()
                    return None
                return self._json(404, {"error": "not_found"})

            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
                provider.token_requests.append(form)
                asked = provider.codes.pop(form.get("code", ""), None)
                challenge = _b64(hashlib.sha256(form.get("code_verifier", "").encode()).digest())
                if (
                    asked is None
                    or form.get("client_id") != provider.client_id
                    or form.get("client_secret") != provider.client_secret
                    or form.get("redirect_uri") != asked["redirect_uri"]
                    or challenge != asked["code_challenge"]
                ):
                    return self._json(400, {"error": "invalid_grant"})
                return self._json(
                    200,
                    {
                        "access_token": "a",
                        "token_type": "Bearer",
                        "id_token": provider.id_token(asked["nonce"]),
                    },
                )

        return Handler
