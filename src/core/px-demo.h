/* px-demo.h: realistic sample data for every table, for demonstrations and benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-database.h"

G_BEGIN_DECLS

#define PX_DEMO_ERROR (px_demo_error_quark ())

typedef enum
{
  PX_DEMO_ERROR_NOT_EMPTY,  /* the database already holds cadres or classes */
  PX_DEMO_ERROR_FAILED,
} PxDemoError;

typedef enum
{
  PX_DEMO_SCALE_SMALL,  /* about 2,000 cadres and 40 classes over the previous and current year */
  PX_DEMO_SCALE_LARGE,  /* 100,000 cadres and 3,000 classes over five years */
} PxDemoScale;

#define PX_DEMO_MAX_TABLES 48

typedef struct
{
  const char *table;  /* static */
  guint64 rows;
} PxDemoTableCount;

typedef struct
{
  guint64 rows;        /* total rows written */
  guint64 cadres;
  guint64 classes;
  guint64 sessions;
  guint64 enrollments;
  guint64 attendance;
  guint64 answers;
  guint n_tables;      /* rows written per table, in the order they were first written */
  PxDemoTableCount tables[PX_DEMO_MAX_TABLES];
} PxDemoStats;

GQuark    px_demo_error_quark  (void);

/* Fills an empty database (refused with PX_DEMO_ERROR_NOT_EMPTY when any cadre or class exists;
 * nothing is changed then) with a city's units, cadres, teachers, bases, courses, plans, classes
 * with rosters and timetables, attendance, evaluations, credits, certificates and follow-ups.
 * The content is the same for the same seed and day; keys and timestamps are new each time.
 * All rows are written in one transaction: on failure nothing is left behind. progress, when
 * given, is called with fractions from 0 to 1; stats, when given, receives the row counts. */
gboolean  px_demo_fill         (PxDatabase      *db,
                                PxDemoScale      scale,
                                guint32          seed,
                                PxProgressFunc   progress,
                                gpointer         user_data,
                                PxDemoStats     *stats,
                                GError         **error);

G_END_DECLS
