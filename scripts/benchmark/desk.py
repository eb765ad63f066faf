#!/usr/bin/env python3
"""The editorial steps the benchmark times, driven over HTTP like a browser without script:
an editor opens a new revision of a published project, saves its draft several times (the save
latency) and submits it; a reviewer approves it, and the public page, the listing search and the
API are read until they show the new title (approve-to-visible). Python standard library only.

    desk.py BASE_URL SLUG          prints JSON: {"save_ms": [...], "approve_ms": ..., "visible_ms": {...}}
"""
import html.parser
import http.cookiejar
import json
import re
import sys
import time
import urllib.parse
import urllib.request


class Form(html.parser.HTMLParser):
    """The fields of one form of a page, as a browser would submit them."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.fields = []
        self.select = None
        self.select_value = None
        self.textarea = None
        self.text = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.inside = a.get("id") == self.form_id
            return
        if not self.inside:
            return
        name = a.get("name")
        if tag == "input" and name:
            kind = a.get("type", "text").lower()
            if kind in ("submit", "button", "image", "file", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            self.fields.append([name, a.get("value", "on" if kind in ("checkbox", "radio") else "")])
        elif tag == "select" and name:
            self.select, self.select_value = name, None
        elif tag == "option" and self.select is not None:
            if self.select_value is None or "selected" in a:
                self.select_value = a.get("value", "")
        elif tag == "textarea" and name:
            self.textarea, self.text = name, []

    def handle_data(self, data):
        if self.textarea is not None:
            self.text.append(data)

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select" and self.select is not None:
            if self.select_value is not None:
                self.fields.append([self.select, self.select_value])
            self.select = None
        elif tag == "textarea" and self.textarea is not None:
            self.fields.append([self.textarea, "".join(self.text).lstrip("\n")])
            self.textarea = None


class Browser:
    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def get(self, path):
        with self.opener.open(self.base + path, timeout=120) as response:
            return response.read().decode("utf-8")

    def form(self, path, form_id):
        page = self.get(path)
        parser = Form(form_id)
        parser.feed(page)
        if not parser.fields:
            raise SystemExit("no form %s on %s" % (form_id, path))
        # PrimeFaces' script adds the page's CSP nonce to every post; a post without it is refused (400)
        nonce = re.search(r"PrimeFaces\.csp\.init\('([^']+)'\)", page)
        if nonce:
            parser.fields.append(["primefaces.nonce", nonce.group(1)])
        return page, parser.fields

    def post(self, path, fields, button):
        data = urllib.parse.urlencode([tuple(f) for f in fields] + [(button, button)]).encode("utf-8")
        started = time.monotonic()
        with self.opener.open(urllib.request.Request(self.base + path, data=data), timeout=120) as response:
            body = response.read().decode("utf-8")
        return body, (time.monotonic() - started) * 1000

    def sign_in(self, username, password):
        _, fields = self.form("/login", "signIn")
        fields = [f for f in fields if f[0] not in ("username", "password")]
        body, _ = self.post("/login", fields + [["username", username], ["password", password]], "signInButton")
        if "signIn" in body and 'id="username"' in body:
            raise SystemExit("sign-in of %s failed" % username)


def set_field(fields, name, value):
    """Sets the field called name, or name inside a naming container (languages:title-en)."""
    for field in fields:
        if field[0] == name or field[0].endswith(":" + name):
            field[1] = value
            return
    raise SystemExit("no field " + name)


def main():
    base, slug = sys.argv[1].rstrip("/"), sys.argv[2]
    editor = Browser(base)
    editor.sign_in("editor", "demo-editor")
    published = json.loads(Browser(base).get("/api/v1/projects/" + slug))
    wanted = published.get("acronym") or published["title"]
    entry_id = None
    for candidate in dict.fromkeys(re.findall(r'entry\?id=(\d+)', editor.get("/desk?q=" + urllib.parse.quote(wanted)))):
        if 'href="/projects/%s"' % slug in editor.get("/desk/entry?id=" + candidate):
            entry_id = candidate
            break
    if entry_id is None:
        raise SystemExit("the desk does not find " + slug)
    entry = "/desk/entry?id=" + entry_id
    page, fields = editor.form(entry, "entry")
    if 'id="startRevision"' in page:
        editor.post(entry, fields, "startRevision")

    saves = []
    marker = "bench%d" % int(time.time())
    for number in range(1, 6):
        _, fields = editor.form(entry, "entry")
        set_field(fields, "title-en", "Benchmark revision %s %d" % (marker, number))
        _, elapsed = editor.post(entry, fields, "save")
        saves.append(round(elapsed, 1))
    _, fields = editor.form(entry, "entry")
    body, _ = editor.post(entry, fields, "submit")

    reviewer = Browser(base)
    reviewer.sign_in("reviewer", "demo-reviewer")
    review = "/desk/review?id=" + entry_id
    _, fields = reviewer.form(review, "decision")
    started = time.monotonic()
    _, approve_ms = reviewer.post(review, fields, "approve")
    title = "Benchmark revision %s 5" % marker
    visible = {}
    public = Browser(base)
    for name, path in (("page", "/projects/" + slug), ("search", "/projects?q=" + marker),
                       ("api", "/api/v1/projects/" + slug)):
        while True:
            if title in public.get(path):
                visible[name] = round((time.monotonic() - started) * 1000, 1)
                break
            if time.monotonic() - started > 60:
                visible[name] = None
                break
            time.sleep(0.01)
    print(json.dumps({"save_ms": saves, "approve_ms": round(approve_ms, 1), "visible_ms": visible}))


if __name__ == "__main__":
    main()
