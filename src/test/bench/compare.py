#!/usr/bin/env python3
"""Interleaved wall-clock comparison of commands (issue 13): each round runs every command once, in
order, so that load from other processes falls on all of them alike. Prints the median wall time,
its ratio to the first command (the baseline, a JVM hello-world), the median CPU time and the
largest peak RSS of each command.

    python3 src/test/bench/compare.py ROUNDS 'hello=java -cp DIR Hello' 'render=bin/zdeploy render ...' ...
"""
import os
import shlex
import statistics
import subprocess
import sys
import time


def run(argv):
    start = time.perf_counter()
    with open(os.devnull, "wb") as null:
        child = subprocess.Popen(argv, stdout=null, stderr=null)
        _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit("%s exited %d" % (" ".join(argv), code))
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main(rounds, commands):
    named = [(c.split("=", 1)[0], shlex.split(c.split("=", 1)[1])) for c in commands]
    for _, argv in named:  # warm the page cache and any class-data-sharing archive
        run(argv)
    results = {name: [] for name, _ in named}
    for _ in range(rounds):
        for name, argv in named:
            results[name].append(run(argv))
    base = statistics.median(r[0] for r in results[named[0][0]])
    print("%-12s %9s %7s %9s %9s" % ("command", "wall s", "ratio", "cpu s", "rss MiB"))
    for name, _ in named:
        wall = statistics.median(r[0] for r in results[name])
        cpu = statistics.median(r[1] for r in results[name])
        rss = max(r[2] for r in results[name])
        print("%-12s %9.3f %7.2f %9.3f %9.0f" % (name, wall, wall / base, cpu, rss))


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2:])
