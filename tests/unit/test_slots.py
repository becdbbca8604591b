"""Grading slots are shared through the file system, so they hold across processes: each
HostSlots here stands for another process on the same host."""

import subprocess
import sys
import threading
import time

from judge.service.slots import HostSlots, host_cores


def test_no_more_slots_than_counted_whoever_asks(tmp_path) -> None:
    one, other = HostSlots(2, tmp_path), HostSlots(2, tmp_path)
    first, second = one.try_acquire(), other.try_acquire()
    assert first is not None and second is not None
    assert one.try_acquire() is None and other.try_acquire() is None
    one.release(first)
    third = other.try_acquire()
    assert third is not None
    other.release(second)
    other.release(third)


def test_a_waiting_worker_gets_the_slot_when_it_is_freed_or_gives_up_when_stopped(
        tmp_path) -> None:
    slots = HostSlots(1, tmp_path)
    held = slots.try_acquire()
    got, stop = [], threading.Event()
    waiter = threading.Thread(target=lambda: got.append(slots.acquire(stop)))
    waiter.start()
    time.sleep(0.3)
    assert got == []
    slots.release(held)
    waiter.join(5)
    assert got and got[0] is not None
    slots.release(got[0])

    held = slots.try_acquire()
    stop.set()
    assert slots.acquire(stop) is None
    slots.release(held)


def test_a_process_that_dies_gives_its_slot_back(tmp_path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path;"
         "from judge.service.slots import HostSlots;"
         "slot = HostSlots(1, Path(sys.argv[1])).try_acquire(); print('held', flush=True);"
         "time.sleep(60)", str(tmp_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        assert HostSlots(1, tmp_path).try_acquire() is None
    finally:
        holder.kill()
        holder.wait()
    slot = HostSlots(1, tmp_path).try_acquire()
    assert slot is not None
    slot.close()


def test_the_default_is_the_cores_this_process_may_use() -> None:
    assert HostSlots().count == host_cores() >= 1
