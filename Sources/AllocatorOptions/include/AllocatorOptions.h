// Nothing to import: the target only defines `malloc_conf` (malloc_conf.c), which
// jemalloc reads at start-up.
