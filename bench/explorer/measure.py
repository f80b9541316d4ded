#!/usr/bin/env python3
"""Times the explorer page in headless Chromium: how long a view takes from being asked for to painted.

    bench/explorer/measure.py BASE_URL VIEW [RUNS]

VIEW is the page's address after BASE_URL, e.g. "/?actor=Kazakhstan&expand=Russia". The page is opened
RUNS times (8 by default) in one browser, as a reader's browser that already ran it once; each run
prints the page's own timings (the data-fetch-ms, data-draw-ms and data-load-ms it sets: the API
request, the drawing, and the whole from the request to the next painted frame), and the number of
actors and facts drawn. Needs Debian's chromium and chromium-driver, and nothing but Python's
standard library.
"""
import json
import socket
import statistics
import subprocess
import sys
import time
import urllib.request

TIMINGS = """
const graph = window.multivectorExplorer.graph();
return [Number(document.body.dataset.fetchMs), Number(document.body.dataset.drawMs),
        Number(document.body.dataset.loadMs), graph.nodes().length, graph.edges().length];
"""


def main():
    base, view = sys.argv[1].rstrip('/'), sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 8
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        port = s.getsockname()[1]
    driver = subprocess.Popen(['/usr/bin/chromedriver', f'--port={port}'],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def call(method, path, body=None):
        request = urllib.request.Request(f'http://127.0.0.1:{port}{path}', method=method,
                                         data=None if body is None else json.dumps(body).encode(),
                                         headers={'Content-Type': 'application/json'})
        return json.load(urllib.request.urlopen(request, timeout=120))

    for _ in range(100):
        try:
            call('GET', '/status')
            break
        except OSError:
            time.sleep(0.1)
    options = {'binary': '/usr/bin/chromium', 'args': ['--headless=new', '--no-sandbox', '--disable-gpu',
               '--disable-dev-shm-usage', '--window-size=1400,1000']}
    session = call('POST', '/session', {'capabilities': {'alwaysMatch': {
        'browserName': 'chrome', 'goog:chromeOptions': options}}})['value']['sessionId']

    def script(source):
        return call('POST', f'/session/{session}/execute/sync', {'script': source, 'args': []})['value']

    loads = []
    try:
        for run in range(runs + 1):
            call('POST', f'/session/{session}/url', {'url': base + view})
            deadline = time.time() + 60
            while script('return document.body.dataset.state') not in ('ready', 'error'):
                if time.time() > deadline:
                    sys.exit('the page did not finish loading within 60 s')
                time.sleep(0.02)
            if script('return document.body.dataset.state') == 'error':
                sys.exit('the page says: ' + script("return document.querySelector('#status').textContent"))
            fetch, draw, load, actors, facts = script(TIMINGS)
            label = 'first (browser cold)' if run == 0 else f'run {run}'
            print(f'{label}: request to painted {load} ms (API {fetch} ms, drawing {draw} ms); {actors} actors, {facts} facts')
            if run > 0:
                loads.append(load)
    finally:
        call('DELETE', f'/session/{session}')
        driver.terminate()
    print(f'median of {runs} runs: {statistics.median(loads):.0f} ms, slowest {max(loads)} ms')


if __name__ == '__main__':
    main()
