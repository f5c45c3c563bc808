#!/usr/bin/env python3
"""How a full build's time grows from 10,000 to 100,000 briefs (issue 5: at most 11 x).

    scripts/bench_growth.py --dossier BINARY [--rounds 2] [--output DIR] [--sync] [--work DIR]

Generates the two corpora once (in --work, kept for later runs), then builds them in
turn: small, large, small, large, ..., small. Before each build the last output is
deleted, the disk synced, and the machine left alone for --settle seconds: ext4 goes
on stepping over the inodes a deleted output freed for about half a minute, and a build
started meanwhile pays for it. Each large build is compared with the small builds on
either side of it, so that a slow quarter of an hour hits both sides of a ratio.

--sync counts the writing out of each build's pages (the build, then `sync`): a build
of 100,000 briefs writes 4.5 GB, more than the kernel lets wait in memory (10 % of it,
or 30 s), so it pays for part of its writing while it runs; one of 10,000 briefs
(450 MB) leaves all of it for after it exits. With --sync both pay for all of it.
--output on a tmpfs (/dev/shm) leaves the disk out altogether. The builds write into a
folder of their own inside it, `dossier-growth-site`, deleted before each build.
"""
import argparse, os, shutil, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(HERE, "..", "..", "shared", "bench", "gen_corpus.py")
SIZES = (10_000, 100_000)


def corpus(work, briefs):
    path = os.path.join(work, f"corpus{briefs}")
    if not os.path.isdir(os.path.join(path, "Content")):
        subprocess.run([sys.executable, GEN, path, "--briefs", str(briefs)], check=True,
                       stdout=subprocess.DEVNULL)
    return path


def build(binary, site, out, settle, sync):
    """Wall time, user and system time, and peak memory (KB) of one settled build."""
    shutil.rmtree(out, ignore_errors=True)
    os.sync()
    time.sleep(settle)
    start = time.perf_counter()
    child = subprocess.Popen([binary, "build", site, "--output", out],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    if status != 0:
        sys.exit(f"{binary} build {site} failed ({status})")
    if sync:
        os.sync()
    return time.perf_counter() - start, usage.ru_utime, usage.ru_stime, usage.ru_maxrss


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--dossier", required=True)
    p.add_argument("--rounds", type=int, default=2, help="large builds (each between two small ones)")
    p.add_argument("--work", default="/tmp/dossier-growth")
    p.add_argument("--output", help="the folder in which the builds write (and delete) their own"
                   " `dossier-growth-site` (default: --work)")
    p.add_argument("--settle", type=float, default=40)
    p.add_argument("--sync", action="store_true", help="count writing the pages out (build, then sync)")
    a = p.parse_args()
    os.makedirs(a.work, exist_ok=True)
    small, large = (corpus(a.work, n) for n in SIZES)
    # A folder of the script's own: it is deleted before every build.
    out = os.path.join(a.output or a.work, "dossier-growth-site")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    times = {small: [], large: []}
    for site in [small] + [large, small] * a.rounds:
        wall, user, system, peak = build(os.path.abspath(a.dossier), site, out, a.settle, a.sync)
        times[site].append(wall)
        print(f"{os.path.basename(site):>15}  {wall:6.2f} s  user {user:6.2f} s  system {system:6.2f} s"
              f"  peak {peak:,} KB", flush=True)
    shutil.rmtree(out, ignore_errors=True)
    ratios = [big / s for i, big in enumerate(times[large]) for s in times[small][i:i + 2]]
    print("large / small, each large build against the small builds beside it:",
          ", ".join(f"{r:.1f} x" for r in ratios))
    print(f"medians: {statistics.median(times[large]):.2f} s / {statistics.median(times[small]):.2f} s"
          f" = {statistics.median(times[large]) / statistics.median(times[small]):.1f} x")


if __name__ == "__main__":
    main()
