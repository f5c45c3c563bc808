// The options jemalloc starts with, in a release build of `dossier` (which allocates
// through jemalloc: Package.swift). jemalloc reads this string first, then the
// MALLOC_CONF environment variable, which can override any of it
// (MALLOC_CONF=thp:default,metadata_thp:disabled goes back to jemalloc's defaults).
// Debug and sanitizer builds keep the system's malloc, which never reads it.
//
// thp:always asks the kernel (madvise) for 2 MiB pages for the heap, and
// metadata_thp:always for jemalloc's own tables. A build at 100,000 briefs holds more
// than a gigabyte: in 4 KiB pages, a one-edit rebuild took 580,000 page faults and
// 15.4 s of user time; in 2 MiB pages, 30,000 faults and 13.5 s, for 6 % more peak
// memory (BENCHMARKS.md). A kernel with transparent huge pages set to `never` ignores it.
const char *malloc_conf = "thp:always,metadata_thp:always";
