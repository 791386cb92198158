#!/usr/bin/env python3
"""Writes a realistic Apache/Nginx combined access log for the audience benchmark.

Usage: bench/generate-access-log.py LINES FILE [SEED]
A year of traffic in time order: people browsing pages with their assets, searches, redirects, errors, form posts,
crawlers and a few broken lines, from a pool of IPv4/IPv6 addresses and real User-Agents.
"""
import random
import sys
from datetime import datetime, timedelta, timezone

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{m} Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_{m} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{m} Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S91{m}B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; Pixel {m}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 16_{m} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.{m} Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 13; SM-X70{m}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
]
WEIGHTS = [30, 10, 8, 3, 6, 18, 12, 5, 5, 3]
BOTS = [
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
    "Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)",
    "curl/8.5.0",
    "python-requests/2.31.0",
]
PAGES = ["/", "/metiers", "/metiers/D1102", "/metiers/M1607", "/metiers/K2111", "/guides/cpf", "/guides/vae",
         "/guides/bilan-de-competences", "/guides/transition-pro", "/guides/frontaliers", "/centres",
         "/centres/annecy", "/centres/geneve", "/evenements", "/a-propos", "/accompagnement", "/connexion"]
ASSETS = ["/css/boussole.css?v=3f2a", "/js/app.js?v=3f2a", "/webjars/htmx.org/2.0.8/dist/htmx.min.js",
          "/images/logo.svg", "/images/hero.webp", "/fonts/marianne-regular.woff2", "/favicon.ico"]
WORDS = ["boulanger", "infirmier", "cpf", "vae", "bilan", "aide-soignant", "comptable", "developpeur", "cariste",
         "formation+soudure", "reconversion", "permis+c"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def main():
    total = int(sys.argv[1])
    out = open(sys.argv[2], "w", encoding="utf-8")
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 8)
    paris = timezone(timedelta(hours=1))
    start = datetime(2024, 1, 1, tzinfo=paris)
    step = timedelta(days=365) / total
    people = []
    for i in range(total // 12):
        if rnd.random() < 0.1:
            ip = "2a01:e0a:%x:%x::%x" % (rnd.randrange(4096), rnd.randrange(65536), rnd.randrange(65536))
        else:
            ip = "%d.%d.%d.%d" % (rnd.choice([78, 82, 86, 90, 109, 176, 193]), rnd.randrange(256), rnd.randrange(256), rnd.randrange(1, 255))
        ua = rnd.choices(UAS, WEIGHTS)[0].format(v=rnd.randrange(118, 127), m=rnd.randrange(1, 8))
        people.append((ip, ua))
    written = 0
    t = start
    while written < total:
        t += step * rnd.uniform(0.5, 1.5) * 4
        stamp = "%02d/%s/%d:%02d:%02d:%02d +0100" % (t.day, MONTHS[t.month - 1], t.year, t.hour, t.minute, t.second)
        r = rnd.random()
        if r < 0.06:
            ip, ua = "66.249.%d.%d" % (rnd.randrange(64, 80), rnd.randrange(256)), rnd.choice(BOTS)
            lines = [(ip, ua, "GET", rnd.choice(PAGES), 200)]
        elif r < 0.062:
            out.write("\\x16\\x03\\x01 garbage %d\n" % written)
            written += 1
            continue
        else:
            ip, ua = rnd.choice(people)
            page = rnd.choice(PAGES)
            if rnd.random() < 0.15:
                page = "/recherche?q=" + rnd.choice(WORDS) + ("&page=2" if rnd.random() < 0.2 else "")
            status = rnd.choices([200, 304, 301, 404, 500], [80, 10, 4, 5, 1])[0]
            method = "POST" if rnd.random() < 0.02 else "GET"
            lines = [(ip, ua, method, page, status)]
            if status == 200 and rnd.random() < 0.5:
                lines += [(ip, ua, "GET", a, rnd.choice([200, 304])) for a in rnd.sample(ASSETS, rnd.randrange(2, 6))]
        for ip, ua, method, target, status in lines:
            size = "-" if status == 304 else str(rnd.randrange(300, 90000))
            out.write('%s - - [%s] "%s %s HTTP/1.1" %d %s "https://www.boussole.example/" "%s"\n'
                      % (ip, stamp, method, target, status, size, ua))
            written += 1
    out.close()


main()
