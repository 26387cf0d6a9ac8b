"""`redaksi serve` under a wave of readers: nobody is refused, a cold page is rendered once."""

import subprocess
import sys
import threading
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.stack import BASE_DIR, Stack, wait_for

READERS = 200


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    stack = Stack(tmp_path_factory.mktemp("redaksi-serve"))
    stack.prepare(demo=False)
    process = subprocess.Popen(
        [sys.executable, "-m", "redaksi.cli", "serve", "--port", str(stack.app_port)],
        env=stack.env,
        cwd=BASE_DIR,
        stdout=subprocess.DEVNULL,
        stderr=open(stack.root / "serve.log", "ab"),  # noqa: SIM115 - lives with the process
    )
    try:
        wait_for(f"{stack.app_url}/healthz", process)
        yield stack
    finally:
        process.terminate()
        process.wait(timeout=15)


def _metric(stack: Stack, result: str) -> float:
    with urllib.request.urlopen(f"{stack.app_url}/metrics", timeout=10) as response:
        text = response.read().decode()
    name = f'redaksi_page_cache_requests_total{{result="{result}"}}'
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[-1])
    return 0.0


def test_a_wave_of_readers_on_a_cold_page_gets_one_render(served):
    start = threading.Barrier(READERS)

    def read(_n: int) -> tuple[int, str, bytes]:
        start.wait()
        with urllib.request.urlopen(f"{served.app_url}/", timeout=60) as response:
            return response.status, response.headers.get("X-Cache", ""), response.read()

    before = {r: _metric(served, r) for r in ("miss", "hit", "coalesced")}
    with ThreadPoolExecutor(READERS) as pool:
        answers = list(pool.map(read, range(READERS)))

    assert [status for status, _, _ in answers] == [200] * READERS  # none reset or refused
    assert len({body for _, _, body in answers}) == 1
    assert _metric(served, "miss") == before["miss"] + 1, "the page was rendered more than once"
    answered = sum(_metric(served, r) - before[r] for r in ("hit", "coalesced"))
    assert answered == READERS - 1
    assert sum(1 for _, cache, _ in answers if cache == "MISS") == 1
