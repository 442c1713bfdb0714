/* px-bench-util.h: what the benchmarks share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The large sample database ($PEIXUN_BENCH_DIR/bench-large.db: 100,000 cadres, 3,000 classes),
 * made once with `peixun-cli demo --scale large` and kept for later runs. (transfer full) */
char   *px_bench_ensure_large_database (void);
/* The median of values (sorts them). */
double  px_bench_median                (double *values,
                                        guint   n);

G_END_DECLS
