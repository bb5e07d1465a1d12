#!/usr/bin/env python3
"""Hostile pass against a running Lanmu with the sample site: N approvals at once beside hundreds of searches,
then whether every approved item is public and searchable, oversized and malformed input, an admin-added synonym
taking effect without a rebuild, and 32 preview links made and opened at once. Prints the statuses of each group
and its slowest answer; every group should be all 2xx (or the expected 4xx), with nothing lost.

    python3 benchmarks/hostile.py [base-url] [demo password] [N]    defaults: http://localhost:18095 benchmark-password 64
"""
import json, sys, time, threading, urllib.request, urllib.parse, collections, concurrent.futures as cf

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:18095"
PW = sys.argv[2] if len(sys.argv) > 2 else "benchmark-password"

def req(method, path, token=None, body=None, ctype="application/json", headers=None, raw=None):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    r = urllib.request.Request(BASE + path, data=data, method=method)
    if data is not None: r.add_header("Content-Type", ctype)
    if token: r.add_header("Authorization", "Bearer " + token)
    for k, v in (headers or {}).items(): r.add_header(k, v)
    t = time.time()
    try:
        with urllib.request.urlopen(r, timeout=60) as resp:
            return resp.status, resp.read(), time.time() - t, dict(resp.headers)
    except urllib.error.HTTPError as e:
        return e.code, e.read(), time.time() - t, dict(e.headers)
    except Exception as e:
        return -1, str(e).encode(), time.time() - t, {}

def token(user):
    s, b, _, _ = req("POST", "/api/auth/tokens", body={"username": user, "password": PW})
    assert s in (200, 201), (s, b)
    return json.loads(b)["token"]

def summary(name, results):
    c = collections.Counter(r[0] for r in results)
    slow = max(r[2] for r in results)
    print(f"{name}: {dict(c)} slowest {slow*1000:.0f} ms")

editor, approver, admin = token("editor"), token("approver"), token("admin")
cols = json.loads(req("GET", "/api/v1/columns")[1])
def flat(cs):
    for c in cs:
        yield c; yield from flat(c.get("children", []))
col = next(c for c in flat(cols) if c["kind"] == "LIST")
word = "锤" + str(int(time.time()))
N = int(sys.argv[3]) if len(sys.argv) > 3 else 64
ids = []
for i in range(N):
    s, b, _, _ = req("POST", "/api/admin/items", editor, {"columnId": col["id"], "title": f"压力测试{word}第{i}号", "body": f"<p>{word} 正文 {i}</p>", "category": "GENERAL"})
    assert s == 201, (s, b); ids.append(json.loads(b)["id"])
for i in ids: assert req("POST", f"/api/admin/items/{i}/submit", editor)[0] == 200
with cf.ThreadPoolExecutor(N + 64) as pool:
    approvals = [pool.submit(req, "POST", f"/api/admin/items/{i}/approve", approver, {}) for i in ids]
    reads = [pool.submit(req, "GET", "/api/v1/search?q=" + urllib.parse.quote("增值税 " + str(k % 3))) for k in range(300)]
    pages = [pool.submit(req, "GET", "/search?q=" + urllib.parse.quote("发票" + str(k % 2))) for k in range(200)]
    summary("approvals", [f.result() for f in approvals])
    summary("api searches (3 queries)", [f.result() for f in reads])
    summary("search pages (2 queries)", [f.result() for f in pages])
deadline = time.time() + 60
while time.time() < deadline:
    total = json.loads(req("GET", "/api/v1/search?q=" + urllib.parse.quote(word) + "&size=50")[1]).get("total", 0)
    if total >= N: break
    time.sleep(0.5)
print(f"searchable after approvals: {total} of {N}")
published = sum(1 for i in ids if req("GET", f"/api/v1/items/{i}")[0] == 200)
print(f"public after approvals: {published} of {N}")

# Hostile input.
checks = {
    "80-byte password": req("POST", "/api/auth/tokens", body={"username": "editor", "password": "x" * 80})[0],
    "bad percent-encoding": req("GET", "/api/v1/search?q=%FF%FE")[0],
    "page overflow": req("GET", "/api/v1/search?q=a&page=2147483647")[0],
    "size 100": req("GET", "/api/v1/search?q=a&size=50")[0],
    "3 MB body": req("POST", "/api/admin/items", editor, raw=b'{"title":"' + b"x" * 3_000_000 + b'"}')[0],
    "malformed JSON": req("POST", "/api/admin/items", editor, raw=b'{"title": ')[0],
    "unknown item": req("GET", "/api/v1/items/99999999")[0],
    "tampered preview": req("GET", "/preview/1?expires=1&signature=abc")[0],
}
print("hostile:", checks)

# Synonym added by an admin applies to the next query, no rebuild.
s, b, _, _ = req("POST", "/api/admin/search/synonyms", admin, {"term": "锤测简称" + word[-4:], "alternatives": [word], "source": "hammer"})
print("synonym added:", s)
total = json.loads(req("GET", "/api/v1/search?q=" + urllib.parse.quote("锤测简称" + word[-4:]) + "&size=50")[1]).get("total", 0)
print(f"found through the synonym: {total} of {N}")
bad = req("POST", "/api/admin/search/synonyms", admin, {"term": "", "alternatives": []})
print("empty synonym:", bad[0], bad[3].get("Content-Type"))

# Preview links for 32 fresh drafts at once, each opened without a token; a tampered one 404.
drafts = []
for i in range(32):
    s, b, _, _ = req("POST", "/api/admin/items", editor, {"columnId": col["id"], "title": f"预览草稿{word}第{i}号", "body": "<p>草稿</p>", "category": "GENERAL"})
    drafts.append(json.loads(b)["id"])
with cf.ThreadPoolExecutor(32) as pool:
    links = [f.result() for f in [pool.submit(req, "POST", f"/api/admin/items/{d}/preview-link", editor) for d in drafts]]
summary("preview links", links)
urls = [json.loads(l[1])["url"] for l in links if l[0] == 201]
with cf.ThreadPoolExecutor(32) as pool:
    opened = [f.result() for f in [pool.submit(req, "GET", urllib.parse.urlparse(u).path) for u in urls]]
summary("previews opened anonymously", opened)
print("preview headers:", {k: v for k, v in opened[0][3].items() if k.lower() in ("cache-control", "x-robots-tag")})
tampered = urllib.parse.urlparse(urls[0]).path
print("tampered preview:", req("GET", tampered[:-1] + ("A" if tampered[-1] != "A" else "B"))[0])
print("draft public:", req("GET", f"/api/v1/items/{drafts[0]}")[0])
