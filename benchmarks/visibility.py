#!/usr/bin/env python3
"""How long a newly approved item takes to be found by public search, through the HTTP API of a running Lanmu.

    benchmarks/visibility.py [--base http://localhost:8080] [--password ...] [--items 200]

Needs a Lanmu started with the sample site and LANMU_DEMO_PASSWORD (the password of `editor` and `approver`).
For each item: the editor creates and submits it, the approver approves it, and the clock starts when the approval's
answer arrives (the transaction has committed). Then /api/v1/search is asked every 5 ms for a word only that item
holds, until the item is the first hit. Prints p50 / p90 / p99 / max of that delay.
"""
import argparse
import json
import random
import statistics
import time
import urllib.error
import urllib.parse
import urllib.request


def call(base, method, path, body=None, token=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    if body is not None:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=30) as response:
        text = response.read().decode()
        return json.loads(text) if text else None


def token(base, username, password):
    return call(base, "POST", "/api/auth/tokens", {"username": username, "password": password})["token"]


def list_columns(tree):
    for column in tree:
        if column["kind"] == "LIST":
            yield column
        yield from list_columns(column.get("children", []))


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(share * len(ordered))) - 1))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://localhost:8080")
    parser.add_argument("--password", required=True)
    parser.add_argument("--items", type=int, default=200)
    parser.add_argument("--timeout", type=float, default=10.0)
    args = parser.parse_args()

    editor = token(args.base, "editor", args.password)
    approver = token(args.base, "approver", args.password)
    column = next(list_columns(call(args.base, "GET", "/api/v1/columns")))
    delays, missed = [], 0
    rng = random.Random(2026)
    for n in range(args.items):
        # A number of eight digits: analysed as one word by smartcn, and found in no other item.
        code = str(rng.randrange(10_000_000, 99_999_999))
        item = call(args.base, "POST", "/api/admin/items", {
            "columnId": column["id"], "category": "GENERAL",
            "title": f"关于第{code}号办税服务事项的通知",
            "body": f"<p>纳税人可通过电子税务局办理第{code}号事项，咨询电话12366。</p>"}, editor)
        call(args.base, "POST", f"/api/admin/items/{item['id']}/submit", None, editor)
        call(args.base, "POST", f"/api/admin/items/{item['id']}/approve", None, approver)
        approved = time.perf_counter()
        query = "/api/v1/search?" + urllib.parse.urlencode({"q": code, "size": 1})
        while True:
            hits = call(args.base, "GET", query)["hits"]
            elapsed = time.perf_counter() - approved
            if hits and hits[0]["id"] == item["id"]:
                delays.append(elapsed * 1000)
                break
            if elapsed > args.timeout:
                missed += 1
                break
            time.sleep(0.005)
        if (n + 1) % 50 == 0:
            print(f"  {n + 1} items", flush=True)

    print(f"{len(delays)} of {args.items} approved items found; {missed} not found within {args.timeout:.0f} s")
    if delays:
        print("approve -> found by /api/v1/search: p50 %.0f · p90 %.0f · p99 %.0f · max %.0f · mean %.0f ms" % (
            percentile(delays, 0.5), percentile(delays, 0.9), percentile(delays, 0.99), max(delays),
            statistics.mean(delays)))


if __name__ == "__main__":
    try:
        main()
    except urllib.error.HTTPError as error:
        raise SystemExit(f"{error.code} {error.reason}: {error.read().decode()}")
