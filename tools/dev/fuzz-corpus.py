#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpora (fuzz/corpus/<what>/) from the reference's examples
(test/conformance/example_responses.jsonl) and the official SDK's golden requests
(test/conformance/golden_requests.jsonl), plus a few hand-made header and URL cases.

Usage: tools/dev/fuzz-corpus.py RTK_PROGRAM   (a built `rtk`: `rtk ops` gives the operations'
order, which is the order fuzz/decode.cpp's first byte indexes)."""
import hashlib
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "fuzz", "corpus")


def lines(name):
    with open(os.path.join(ROOT, "test", "conformance", name)) as f:
        return [json.loads(l) for l in f if l.strip()]


def write(what, data):
    if isinstance(data, str):
        data = data.encode()
    d = os.path.join(CORPUS, what)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, hashlib.sha1(data).hexdigest()[:16]), "wb") as f:
        f.write(data)


def main():
    ops = [l.split("\t") for l in subprocess.check_output([sys.argv[1], "ops"], text=True).splitlines()]
    index = {(method, path): i for i, (_, method, path) in enumerate(ops)}
    # What a fuzzer found stays (regression-*: each has a test); the seeds are made afresh.
    for dirpath, _, files in os.walk(CORPUS):
        for name in files:
            if not name.startswith("regression-"):
                os.remove(os.path.join(dirpath, name))
    examples = lines("example_responses.jsonl")
    golden = lines("golden_requests.jsonl")

    for e in examples:
        body = json.dumps(e["response"], separators=(",", ":"))
        i = index.get((e["method"], e["path"]))
        if i is not None:
            write("decode", bytes([i]) + body.encode())
        write("error_body", bytes([(422 - 100) >> 8, (422 - 100) & 255]) + body.encode())
        head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n"
        write("http_response", bytes([7]) + (head % len(body) + body).encode())
        chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n%x\r\n%s\r\n0\r\n\r\n"
        write("http_response", bytes([3]) + (chunked % (len(body), body)).encode())
    for body in ('{"success":false,"error":{"code":404,"message":"Meeting not found"}}',
                 '{"success":false,"errors":[{"code":10000,"message":"Authentication error"}],'
                 '"messages":[],"result":null}',
                 "<html><body>502 Bad Gateway</body></html>", ""):
        for status in (401, 404, 429, 502):
            write("error_body", bytes([(status - 100) >> 8, (status - 100) & 255]) + body.encode())
    write("http_response", bytes([63]) + b"HTTP/1.1 429 Too Many Requests\r\nRetry-After: 2\r\n"
          b"Ratelimit: \"default\";r=0;t=2\r\nRatelimit-Policy: \"default\";q=100;w=1\r\n"
          b"cf-ray: 8d1e-EMU\r\nContent-Length: 2\r\n\r\n{}")
    write("http_response", bytes([1]) + b"HTTP/1.1 204 No Content\r\n\r\n")

    for h in ("500\n\n\n\"default\";r=50;t=30\n\"default\";q=100;w=60\n\n\n",
              "\n2\ntrue\n\n\n1200\n7\n42",
              "\nSun, 06 Nov 1994 08:49:37 GMT\nfalse\n\"burst\";r=10;t=1, \"day\";r=100;t=60\n"
              "\"burst\";q=10;w=1, \"day\";q=1000;w=3600\n100, 100;w=60\n3\n1800000090",
              "\nSunday, 06-Nov-94 08:49:37 GMT\n\n\n\n\n\n",
              "\nSun Nov  6 08:49:37 1994\n\n\n\n\n\n"):
        write("headers", h)

    for g in golden:
        r = g.get("request") or {}
        if not r.get("path"):
            continue
        target = r["path"] + ("?" + r["raw_query"] if r.get("raw_query") else "")
        write("emulator", "%s\n%s\n%s" % (r["method"], target, r.get("body_raw") or ""))
        p = g.get("params") or {}
        write("url", "https://api.cloudflare.com/client/v4\n%s\n%s\n%s\n%s\n%s" % (
            p.get("account_id", ""), p.get("app_id", ""), p.get("page_no", "1"), "search",
            p.get("search", "a b&c=d")))
    write("emulator", "POST\n/__emulator/faults\n{\"status\":503,\"retry_after\":\"1\",\"count\":2}")
    write("emulator", "PUT\n/__emulator/rate-limit\n{\"quota\":3,\"window_seconds\":60}")
    write("url", "http://[::1]:8787/client/v4/\nacc\n../x\n2\nq\n\xe2\x82\xac")

    for p in ("proxy.internal:3128\n.example.com, 10.0.0.1\napi.example.com",
              "[::1]:8080/\n*\n::1", "10.0.0.1\nlocalhost:80,[0:0::1]\n127.0.0.1"):
        write("proxy_settings", p)

    for e in ('{"event":"meeting.started","meeting":{"id":"m1","sessionId":"s1",'
              '"createdAt":"2024-01-01T00:00:00.000Z"}}',
              '{"event":"meeting.participantJoined","participant":{"peerId":"p1"}}',
              '{"event":"recording.statusUpdate","recording":{"status":"UPLOADED"}}',
              '{"event":"something.new","extra":[1,2,3]}',
              "2024-01-01T00:00:00.000Z", "1704067200000"):
        write("webhook", e)


if __name__ == "__main__":
    main()
