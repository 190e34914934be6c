"""npython.Engine: many jobs in parallel on the scheduler, and the async wrappers."""

import asyncio

import pytest

import npython


@pytest.fixture(scope="module")
def engine():
    e = npython.Engine(2, vms=16)
    yield e
    e.shutdown()


def test_run_many_returns_every_result_with_its_id(engine):
    jobs = [{"source": "x * x", "inputs": {"x": i}, "id": f"job{i}"} for i in range(50)]
    jobs.append("'plain source'")
    results = engine.run_many(jobs)
    assert len(results) == 51
    by_id = {r.id: r.result for r in results}
    assert by_id["50"] == "plain source"
    assert all(by_id[f"job{i}"] == i * i for i in range(50))


def test_run_many_mixes_outcomes(engine):
    results = engine.run_many([
        {"source": "while True: pass", "limits": {"max_instructions": 100000}, "id": "spin"},
        {"source": "1/0", "id": "err"},
        {"source": "def(", "id": "bad"},
        {"source": "7", "id": "ok"},
    ])
    status = {r.id: (r.status, r.limit) for r in results}
    assert status == {"spin": ("killed", "instructions"), "err": ("error", None),
                      "bad": ("invalid", None), "ok": ("ok", None)}


def test_run_many_checks_every_job_before_running_any(engine):
    with pytest.raises(ValueError, match=r"jobs\[1\]: unknown key"):
        engine.run_many(["1", {"source": "2", "sauce": 1}])
    with pytest.raises(TypeError, match=r"jobs\[0\]"):
        engine.run_many([42])
    with pytest.raises(TypeError, match="not JSON data"):
        engine.run_many([{"source": "1", "inputs": {"x": {1}}}])


def test_engine_run_and_bad_arguments(engine):
    assert engine.run("a + 1", inputs={"a": 1}).result == 2
    with pytest.raises(ValueError):
        npython.Engine(0)


def test_arun_and_arun_many():
    async def main():
        engine = npython.Engine(1, vms=4)
        a, many = await asyncio.gather(
            npython.arun("6 * 7"),
            npython.arun_many(engine, ["1", "2", "3"]),
        )
        return a.result, sorted(r.result for r in many)

    assert asyncio.run(main()) == (42, [1, 2, 3])
