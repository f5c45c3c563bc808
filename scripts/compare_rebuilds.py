#!/usr/bin/env python3
"""Compare dossier binaries on one-edit rebuilds, interleaved so that a slow minute of
the machine hits every binary alike.

    scripts/compare_rebuilds.py --runs 20 OLD_BINARY NEW_BINARY [...] [--briefs 10000]

Generates one corpus, gives each binary its own copy and builds it once. Then, round
after round, edits the summary of one brief in each binary's copy and times that
binary's rebuild (wall time of the process, and the processor time it used). Prints the
mean, median and minimum of each binary.
"""
import argparse, os, random, resource, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(HERE, "..", "..", "shared", "bench", "gen_corpus.py")


def build(binary, site):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    p = subprocess.run([binary, "build", site, "--output", os.path.join(site, "out")],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0:
        sys.exit(p.stderr.decode(errors="replace")[-2000:])
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binaries", nargs="+")
    ap.add_argument("--briefs", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=20)
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="dossier-rebuilds-")
    corpus = os.path.join(work, "corpus")
    subprocess.run([sys.executable, GEN, corpus, "--briefs", str(a.briefs)], check=True, stdout=subprocess.DEVNULL)
    sites = []
    for index, binary in enumerate(a.binaries):
        site = os.path.join(work, f"site-{index}")
        shutil.copytree(os.path.join(corpus, "Content"), os.path.join(site, "Content"))
        build(os.path.abspath(binary), site)
        sites.append(site)
    times = [[] for _ in a.binaries]
    for run in range(a.runs):
        for index, binary in enumerate(a.binaries):
            brief = os.path.join(sites[index], "Content", "briefs", "brief-00042.md")
            with open(brief) as fh:
                text = fh.read()
            with open(brief, "w") as fh:
                fh.write(text.replace('\nsummary: "', f'\nsummary: "Edit {run}.{random.randrange(10**6)}. ', 1))
            times[index].append(build(os.path.abspath(binary), sites[index]))
    for binary, results in zip(a.binaries, times):
        wall = [w for w, _ in results]
        cpu = [c for _, c in results]
        print(f"{binary}: wall mean {statistics.mean(wall) * 1000:.0f} ms, median {statistics.median(wall) * 1000:.0f}, "
              f"min {min(wall) * 1000:.0f}; CPU mean {statistics.mean(cpu) * 1000:.0f} ms, median {statistics.median(cpu) * 1000:.0f}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
