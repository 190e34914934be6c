# mod: urllib.parse urlparse/urlsplit/urljoin/quote/unquote/urlencode/parse_qs, via both import forms
import urllib.parse
from urllib.parse import urlparse, quote, unquote, urlencode, parse_qs, parse_qsl, urljoin

u = urlparse("HTTPS://User:Pw@Example.COM:8443/a/b;p=1?q=2&r=x+y#frag")
print(u)
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment)
print(u.hostname, u.port, u.username, u.password, u.geturl())
print(u[0], len(u), tuple(u)[:2], u._replace(fragment="").geturl())
s = urllib.parse.urlsplit("http://[::1]:80/x?y#z")
print(s, s.hostname, s.port)
print(urlparse("mailto:someone@example.com"), urlparse("//host/path"), urlparse("/just/a/path?x=1"))
print(urlparse("http://example.com").port, urlparse("http://h:99999").netloc)
try:
    urlparse("http://h:99999").port
except ValueError as exc:
    print("ValueError", exc)
print(quote("a b&c/d?é"), quote("a b/c", safe=""), urllib.parse.quote_plus("a b+c&d=é"))
print(unquote("a%20b%26c%C3%A9%zz%"), urllib.parse.unquote_plus("x+y%2Bz"), unquote("%E2%82"))
print(urlencode({"q": "hello world", "lang": "en", "n": 3}), urlencode([("a", 1), ("a", "2 3")]))
print(urlencode({"tag": ["x", "y z"]}, doseq=True), urlencode({"tag": ["x", "y"]}))
print(parse_qs("a=1&a=2&b=x+y&c=%C3%A9&empty=&flag"), parse_qs("e=&f", keep_blank_values=True))
print(parse_qsl("k=v&k2=v2;x&k3="), parse_qsl("a=1;b=2", separator=";"))
base = "http://a/b/c/d;p?q"
for rel in ["g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "..", "../g", "../..", "../../../g", "", "https://other/x"]:
    print(repr(rel), urljoin(base, rel))
print(urllib.parse.urlunparse(("https", "h.com", "/p", "", "a=1", "f")), urllib.parse.urldefrag("http://x/y#z"))
