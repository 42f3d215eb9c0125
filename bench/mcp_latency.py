#!/usr/bin/env python3
"""Round-trip latency of `cairn mcp` over stdio on a vault: search_notes calls alternated with ping requests
(the protocol's own round trip, no vault work) in the same run; medians and p99 of each, and their ratio.

usage: mcp_latency.py CAIRN_DLL VAULT [rounds=20]
"""
import json, subprocess, sys, time, statistics

SEARCHES = ["pricing", "renewal terms", "\"migration plan\"", "Okafor", "secur*", "roadmap deck Ann",
            "ROI analysis Tanaka", "onboard*", "capacity forecast 2023", "SOW"]

def main():
    dll, vault = sys.argv[1], sys.argv[2]
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    p = subprocess.Popen(["dotnet", dll, "mcp", "--vault", vault, "--read-only"], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1)
    ids = iter(range(1, 10**9))

    def call(method, params=None):
        i = next(ids)
        msg = {"jsonrpc": "2.0", "id": i, "method": method}
        if params is not None:
            msg["params"] = params
        start = time.perf_counter()
        p.stdin.write(json.dumps(msg) + "\n"); p.stdin.flush()
        while True:
            reply = json.loads(p.stdout.readline())
            if reply.get("id") == i:
                return (time.perf_counter() - start) * 1000, reply

    started = time.perf_counter()
    call("initialize", {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "bench", "version": "1"}})
    p.stdin.write(json.dumps({"jsonrpc": "2.0", "method": "notifications/initialized"}) + "\n"); p.stdin.flush()
    first, reply = call("tools/call", {"name": "search_notes", "arguments": {"query": "pricing"}})
    print(f"start to first answer: {(time.perf_counter() - started) * 1000:.0f} ms (first search call {first:.0f} ms, includes the index refresh)")
    searches, pings = [], []
    for r in range(rounds):
        for q in SEARCHES:
            pings.append(call("ping")[0])
            ms, reply = call("tools/call", {"name": "search_notes", "arguments": {"query": q}})
            assert not reply["result"].get("isError"), reply
            searches.append(ms)
    p.stdin.close(); p.wait()
    def pct(xs, q): return sorted(xs)[min(len(xs) - 1, int(len(xs) * q))]
    s50, s99, p50, p99 = statistics.median(searches), pct(searches, 0.99), statistics.median(pings), pct(pings, 0.99)
    print(f"search_notes: p50 {s50:.2f} ms, p99 {s99:.2f} ms ({len(searches)} calls, 10 queries x {rounds})")
    print(f"ping:         p50 {p50:.2f} ms, p99 {p99:.2f} ms (alternated with the searches)")
    print(f"search - ping p50: {s50 - p50:.2f} ms; search / ping: {s50 / p50:.1f}x")

main()
