#!/usr/bin/env python3
"""Time a full build, a rebuild with nothing changed and a rebuild after editing one
brief, on a generated corpus, in one run (best of --runs each).

    scripts/bench_incremental.py --dossier .build/release/dossier [--briefs 10000] [--runs 3]

Prints one line with the three times, their ratios to the full build, how many output
files the one-brief rebuild rewrote, and the peak memory of the full build; then one
line with the medians of the runs and their ratios, which a single slow or fast run
moves less than the best times.
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(HERE, "..", "..", "shared", "bench", "gen_corpus.py")


def timed(cmd):
    start = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if p.returncode != 0:
        sys.exit(p.stderr.decode(errors="replace")[-2000:])
    return elapsed, int(p.stderr.decode().strip().splitlines()[-1]) / 1024


def stamps(folder):
    out = {}
    for d, _, names in os.walk(folder):
        for n in names:
            path = os.path.join(d, n)
            st = os.stat(path)
            out[os.path.relpath(path, folder)] = (st.st_mtime_ns, st.st_ino)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dossier", required=True)
    ap.add_argument("--briefs", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    dossier = os.path.abspath(a.dossier)
    work = tempfile.mkdtemp(prefix="dossier-incremental-")
    site, out = os.path.join(work, "site"), os.path.join(work, "out")
    subprocess.run([sys.executable, GEN, site, "--briefs", str(a.briefs)], check=True)
    cache = os.path.join(work, ".out.dossier-cache")
    build = [dossier, "build", site, "--output", out]
    fulls, nochanges, edits = [], [], []
    rss = rewritten = 0
    brief = os.path.join(site, "Content", "briefs", "brief-00042.md")
    for run in range(a.runs):
        shutil.rmtree(out, ignore_errors=True)
        if os.path.exists(cache):
            os.remove(cache)
        t, m = timed(build)
        fulls.append(t)
        rss = max(rss, m)
        nochanges.append(timed(build)[0])
        before = stamps(out)
        with open(brief) as fh:
            text = fh.read()
        with open(brief, "w") as fh:
            fh.write(text.replace('\nsummary: "', f'\nsummary: "Edited {run}. ', 1))
        edits.append(timed(build)[0])
        after = stamps(out)
        rewritten = sum(1 for k, v in after.items() if before.get(k) != v)
    full, nochange, edit = min(fulls), min(nochanges), min(edits)
    print(f"briefs={a.briefs} files={len(after)} full={full:.3f}s nochange={nochange:.3f}s "
          f"({nochange / full:.1%}) one_edit={edit:.3f}s ({edit / full:.1%}) rewritten={rewritten} "
          f"rss_full={rss:.0f}MiB")
    full, nochange, edit = (statistics.median(x) for x in (fulls, nochanges, edits))
    print(f"medians of {a.runs}: full={full:.3f}s nochange={nochange:.3f}s ({nochange / full:.1%}) "
          f"one_edit={edit:.3f}s ({edit / full:.1%})")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
