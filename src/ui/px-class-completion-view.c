/* px-class-completion-view.c: 结业, a class's trainees against its completion rule: attendance,
 * leave against the 1/7 line, scores, the decision and the head teacher's override
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Before the rule is applied the table shows what it would decide (px_class_completion_preview,
 * the same code as the rule), so that a trainee near the 1/7 leave line, or short of a score,
 * is seen while something can still be done. Scores are typed straight into the table; each is
 * written when the field is left or Enter is pressed, and the decisions follow at once.
 *
 * The table makes only the rows in sight (px_attendance_list_new): a row of two entries and
 * a dozen labels a trainee, a hundred trainees, took more than a frame to lay out each time
 * the tab was shown.
 */

#define G_LOG_DOMAIN "px-class-completion-view"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "px-attendance-rows.h"
#include "px-class-completion-view.h"
#include "px-class-completion.h"
#include "px-format.h"
#include "px-toast.h"
#include "px-training-class.h"

/* The widgets of one trainee's row that change with the data. */
typedef struct
{
  GtkWidget *name;
  GtkWidget *rate;
  GtkWidget *leave;
  GtkWidget *leave_icon;
  GtkWidget *exam;
  GtkWidget *paper;
  GtkWidget *decision;
  GtkWidget *reason;
  GtkWidget *override;
} TraineeRow;

struct _PxClassCompletionView
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkStack *stack;
  AdwStatusPage *empty_page;
  GtkLabel *credit_label;
  GtkLabel *summary_label;
  GtkBox *header_row;
  GtkBox *table_box;
  GtkWidget *trainee_list;      /* made by px_attendance_list_new, named "trainees" */

  /* Owned references */
  PxDatabase *db;
  char *class_id;
  char *class_code;
  PxClassCompletion *preview;   /* one trainee per row of trainee_list */
  gboolean updating;            /* score fields being set from the data */

  /* Weak: it goes when it closes */
  GtkWidget *dialog;
};

G_DEFINE_FINAL_TYPE (PxClassCompletionView, px_class_completion_view, ADW_TYPE_BIN)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum
{
  COLUMN_NAME,
  COLUMN_RATE,
  COLUMN_LEAVE,
  COLUMN_EXAM,
  COLUMN_PAPER,
  COLUMN_DECISION,
};

/* Fixed widths, wider than what the cells ask for (their labels ellipsize or wrap within a few
 * characters), so that the header and every row line up whatever their text; the decision
 * takes the rest of the row. Size groups would follow each row's natural widths, which
 * differ. */
static const int column_widths[] = { 130, 84, 200, 64, 64, -1 };

static void
set_column (GtkWidget *widget,
            int        column)
{
  if (column == COLUMN_DECISION)
    gtk_widget_set_hexpand (widget, TRUE);
  else
    gtk_widget_set_size_request (widget, column_widths[column], -1);
}

/* Text */

static char *
number_text (double value)
{
  return isnan (value) ? g_strdup ("") : px_format_hours (value);
}

static char *
percent_text (double ratio)
{
  if (isnan (ratio))
    return g_strdup ("—");
  /* Translators: a rate, e.g. 86 % */
  return g_strdup_printf (_("%.0f %%"), floor (100 * ratio + 1e-9));
}

/* Leave against the 1/7 line, with the warning before it is crossed. */
static char *
leave_text (const PxTraineeCompletion *t)
{
  g_autofree char *leave = px_format_hours (t->leave_hours);
  g_autofree char *limit = px_format_hours (round (t->leave_limit * 10) / 10);
  g_autofree char *left = px_format_hours (round ((t->leave_limit - t->leave_hours) * 10) / 10);

  switch (t->leave_state)
    {
    case PX_LEAVE_STATE_NEAR:
      /* Translators: leave hours of the 1/7 limit, then the hours left: 请假 10/12 学时，再请 2
       * 学时以上将退学 */
      return g_strdup_printf (_("Leave %s/%s h: over %s h more and the trainee is withdrawn"),
                              leave, limit, left);
    case PX_LEAVE_STATE_OVER:
      /* Translators: leave hours of the 1/7 limit, when over it */
      return g_strdup_printf (_("Leave %s/%s h: over 1/7 of the class hours, withdrawn by "
                                "the rule"), leave, limit);
    case PX_LEAVE_STATE_FINE:
    default:
      /* Translators: leave hours of the 1/7 limit */
      return g_strdup_printf (_("Leave %s/%s h"), leave, limit);
    }
}

/* Sets a label's text only when it differs: setting it, even to the same text, lays the label
 * out again, and rows are updated on every key press. */
static void
set_text (gpointer    label,
          const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), text != NULL ? text : "") != 0)
    gtk_label_set_label (GTK_LABEL (label), text);
}

/* Toasts */

static void
toast (PxClassCompletionView *self,
       const char            *message)
{
  px_toast_show_text (GTK_WIDGET (self), message);
}

static const PxTraineeCompletion *
find_trainee (PxClassCompletionView *self,
              const char            *enrollment_id,
              guint                 *index)
{
  for (guint i = 0; self->preview != NULL && i < self->preview->trainees->len; i++)
    {
      const PxTraineeCompletion *t = g_ptr_array_index (self->preview->trainees, i);

      if (g_strcmp0 (t->enrollment_id, enrollment_id) == 0)
        {
          if (index != NULL)
            *index = i;
          return t;
        }
    }
  return NULL;
}

/* Rows */

/* Gives widget the one class of classes that is css_class (NULL: none), touching only what
 * changes: each change restyles the widget, and rows are updated on every key press. */
static void
set_style_class (GtkWidget          *widget,
                 const char * const *classes,
                 const char         *css_class)
{
  for (guint i = 0; classes[i] != NULL; i++)
    {
      gboolean want = g_strcmp0 (classes[i], css_class) == 0;

      if (want && !gtk_widget_has_css_class (widget, classes[i]))
        gtk_widget_add_css_class (widget, classes[i]);
      else if (!want && gtk_widget_has_css_class (widget, classes[i]))
        gtk_widget_remove_css_class (widget, classes[i]);
    }
}

static void
set_style (GtkWidget  *widget,
           const char *css_class)
{
  static const char * const classes[] = { "success", "warning", "error", "dim-label", NULL };

  set_style_class (widget, classes, css_class);
}

static void
set_score_text (PxClassCompletionView *self,
                GtkWidget             *entry,
                double                 score)
{
  g_autofree char *text = number_text (score);

  self->updating = TRUE;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (entry), text);
  if (gtk_widget_has_css_class (entry, "error"))
    gtk_widget_remove_css_class (entry, "error");
  self->updating = FALSE;
}

static gboolean
has_focus (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
show_row (GtkWidget *list_row,
          guint      position,
          gpointer   data)
{
  PxClassCompletionView *self = data;
  TraineeRow *row = g_object_get_data (G_OBJECT (list_row), "trainee-row");
  const PxTraineeCompletion *t;
  g_autofree char *rate = NULL;
  g_autofree char *leave = NULL;
  gboolean pending, stored_completed;
  const char *decision, *reason;
  g_autofree char *reason_text = NULL;
  gboolean differs = FALSE;

  if (self->preview == NULL || position >= self->preview->trainees->len)
    return;
  t = g_ptr_array_index (self->preview->trainees, position);
  rate = percent_text (t->rate);
  leave = leave_text (t);
  pending = g_strcmp0 (t->stored, "pending") == 0;
  stored_completed = g_strcmp0 (t->stored, "completed") == 0;

  set_text (row->name, t->name);
  g_object_set_data_full (G_OBJECT (row->exam), "enrollment-id", g_strdup (t->enrollment_id),
                          g_free);
  g_object_set_data_full (G_OBJECT (row->paper), "enrollment-id", g_strdup (t->enrollment_id),
                          g_free);
  set_text (row->rate, rate);
  set_style (row->rate, !isnan (t->rate) && t->rate + 1e-9 < self->preview->attendance_threshold
                          ? "error" : NULL);
  set_text (row->leave, leave);
  set_style (row->leave, t->leave_state == PX_LEAVE_STATE_OVER ? "error"
                         : t->leave_state == PX_LEAVE_STATE_NEAR ? "warning" : "dim-label");
  gtk_widget_set_visible (row->leave_icon, t->leave_state != PX_LEAVE_STATE_FINE);
  set_style (row->leave_icon, t->leave_state == PX_LEAVE_STATE_OVER ? "error" : "warning");

  /* the fields keep what is being typed into them */
  if (!has_focus (row->exam))
    set_score_text (self, row->exam, t->exam_score);
  if (!has_focus (row->paper))
    set_score_text (self, row->paper, t->paper_score);

  if (pending)
    {
      /* what the rule would decide: a preview until it is applied */
      /* withdrawn before (from the roster) is no preview */
      decision = t->withdrawn_now ? _("Would be withdrawn")
                 : t->withdrawn ? _("Withdrawn")
                 : t->completed ? _("Would complete") : _("Would not complete");
      reason = t->reason;
    }
  else
    {
      decision = t->withdrawn ? _("Withdrawn")
                 : stored_completed ? _("Completed") : _("Not completed");
      /* a withdrawn trainee's decision may have been stored without a reason: the reason of
       * the withdrawal says it */
      reason = t->stored_reason != NULL ? t->stored_reason : t->withdrawn ? t->reason : "";
      if (!t->overridden && !t->withdrawn && stored_completed != t->completed)
        {
          /* the data changed since, or the decision came from elsewhere: say what the rule
           * says now, before it is applied again */
          g_autofree char *now = g_strdup_printf (t->completed
                                                    /* Translators: the rule's reason */
                                                    ? _("Applied again, the rule would "
                                                        "complete the trainee: %s")
                                                    /* Translators: the rule's reason */
                                                    : _("Applied again, the rule would not "
                                                        "complete the trainee: %s"),
                                                  t->reason);

          reason = reason_text = *reason != '\0' ? g_strdup_printf ("%s. %s", reason, now)
                                                 : g_steal_pointer (&now);
          differs = TRUE;
        }
    }
  set_text (row->decision, decision);
  set_style (row->decision, t->withdrawn ? "error"
                            : (pending ? t->completed : stored_completed) ? "success"
                            : "warning");
  set_text (row->reason, reason);
  set_style (row->reason, differs ? "warning" : "dim-label");
  gtk_widget_set_visible (row->override, t->overridden);
}

static GtkWidget *
column_label (PxClassCompletionView *self,
              GtkWidget             *box,
              int                    column,
              const char            *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column == COLUMN_RATE || column == COLUMN_EXAM
                                             || column == COLUMN_PAPER ? 1 : 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  set_column (label, column);
  gtk_box_append (GTK_BOX (box), label);
  return label;
}

static void
score_commit (PxClassCompletionView *self,
              GtkWidget             *entry)
{
  const char *enrollment_id = g_object_get_data (G_OBJECT (entry), "enrollment-id");
  const char *kind = g_object_get_data (G_OBJECT (entry), "kind");
  const PxTraineeCompletion *t = find_trainee (self, enrollment_id, NULL);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  double score = NAN, stored;
  char *end = NULL;

  if (self->updating || t == NULL)
    return;
  stored = g_strcmp0 (kind, "exam") == 0 ? t->exam_score : t->paper_score;
  if (*text != '\0')
    {
      score = g_ascii_strtod (text, &end);
      if (end == NULL || *end != '\0' || !isfinite (score))
        {
          gtk_widget_add_css_class (entry, "error");
          toast (self, _("Type a score from 0 to 100, or leave the field empty."));
          return;
        }
    }
  if ((isnan (score) && isnan (stored)) || score == stored)
    {
      gtk_widget_remove_css_class (entry, "error");
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (self), "completion.set-score", "(ssd)",
                              enrollment_id, kind, score);
}

static void
score_activate_cb (GtkEntry              *entry,
                   PxClassCompletionView *self)
{
  score_commit (self, GTK_WIDGET (entry));
}

static void
score_focus_leave_cb (GtkEventControllerFocus *controller,
                      PxClassCompletionView   *self)
{
  score_commit (self, gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));
}

static GtkWidget *
score_entry (PxClassCompletionView     *self,
             const char                *kind,
             const char                *tooltip)
{
  GtkWidget *entry = gtk_entry_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 2);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 3);
  gtk_entry_set_alignment (GTK_ENTRY (entry), 1);
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), "—");
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (entry, tooltip);
  g_object_set_data (G_OBJECT (entry), "kind", (gpointer) kind);
  g_signal_connect_object (entry, "activate", G_CALLBACK (score_activate_cb), self, 0);
  g_signal_connect_object (focus, "leave", G_CALLBACK (score_focus_leave_cb), self, 0);
  gtk_widget_add_controller (entry, focus);
  return entry;
}

static GtkWidget *
make_row (gpointer data)
{
  PxClassCompletionView *self = data;
  TraineeRow *row = g_new0 (TraineeRow, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *leave_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *decision_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *decision_line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);

  gtk_label_set_max_width_chars (GTK_LABEL (name), 7);
  set_column (name_box, COLUMN_NAME);
  gtk_widget_set_valign (name_box, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (name_box), name);
  gtk_box_append (GTK_BOX (box), name_box);
  row->name = name;

  row->rate = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (row->rate), 1);
  gtk_widget_add_css_class (row->rate, "numeric");
  set_column (row->rate, COLUMN_RATE);
  gtk_box_append (GTK_BOX (box), row->rate);

  row->leave_icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  row->leave = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (row->leave), 0);
  gtk_label_set_wrap (GTK_LABEL (row->leave), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (row->leave), 12);
  gtk_widget_add_css_class (row->leave, "caption");
  gtk_box_append (GTK_BOX (leave_box), row->leave_icon);
  gtk_box_append (GTK_BOX (leave_box), row->leave);
  gtk_widget_set_valign (leave_box, GTK_ALIGN_CENTER);
  set_column (leave_box, COLUMN_LEAVE);
  gtk_box_append (GTK_BOX (box), leave_box);

  row->exam = score_entry (self, "exam", _("Exam score, 0–100"));
  set_column (row->exam, COLUMN_EXAM);
  gtk_box_append (GTK_BOX (box), row->exam);
  row->paper = score_entry (self, "paper", _("Paper score, 0–100"));
  set_column (row->paper, COLUMN_PAPER);
  gtk_box_append (GTK_BOX (box), row->paper);

  row->decision = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (row->decision), 0);
  gtk_widget_add_css_class (row->decision, "heading");
  /* Translators: a mark beside a decision the head teacher made, 班主任认定 */
  row->override = gtk_label_new (_("Override"));
  gtk_widget_add_css_class (row->override, "caption");
  gtk_widget_add_css_class (row->override, "accent");
  gtk_box_append (GTK_BOX (decision_line), row->decision);
  gtk_box_append (GTK_BOX (decision_line), row->override);
  row->reason = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (row->reason), 0);
  gtk_label_set_wrap (GTK_LABEL (row->reason), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (row->reason), 40);
  gtk_widget_add_css_class (row->reason, "dim-label");
  gtk_widget_add_css_class (row->reason, "caption");
  gtk_box_append (GTK_BOX (decision_box), decision_line);
  gtk_box_append (GTK_BOX (decision_box), row->reason);
  gtk_widget_set_valign (decision_box, GTK_ALIGN_CENTER);
  set_column (decision_box, COLUMN_DECISION);
  gtk_box_append (GTK_BOX (box), decision_box);

  gtk_widget_add_css_class (box, "list-row");
  g_object_set_data_full (G_OBJECT (box), "trainee-row", row, g_free);
  return box;
}

/* Keeps n rows and shows those in sight again: rows are given the next class's trainees
 * rather than made again, so that the tab shown again is cheap. */
static void
ensure_rows (PxClassCompletionView *self,
             guint                  n)
{
  px_attendance_list_set_n_rows (self->trainee_list, n);
}

static void
build_header (PxClassCompletionView *self)
{
  column_label (self, GTK_WIDGET (self->header_row), COLUMN_NAME, _("Trainee"));
  column_label (self, GTK_WIDGET (self->header_row), COLUMN_RATE, _("Attendance"));
  column_label (self, GTK_WIDGET (self->header_row), COLUMN_LEAVE, _("Leave (limit 1/7)"));
  column_label (self, GTK_WIDGET (self->header_row), COLUMN_EXAM, _("Exam"));
  column_label (self, GTK_WIDGET (self->header_row), COLUMN_PAPER, _("Paper"));
  column_label (self, GTK_WIDGET (self->header_row), COLUMN_DECISION, _("Decision"));
}

/* Showing a class */

static void
show_empty (PxClassCompletionView *self,
            const char            *title,
            const char            *description)
{
  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page, description);
  gtk_stack_set_visible_child_name (self->stack, "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "completion.apply", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "completion.override", FALSE);
}

static void
update_summary (PxClassCompletionView *self)
{
  PxClassCompletion *p = self->preview;
  g_autofree char *credit = px_format_hours (p->credit_hours);
  g_autofree char *credit_text = NULL;
  g_autofree char *summary = NULL;
  gboolean pending = FALSE;

  for (guint i = 0; i < p->trainees->len && !pending; i++)
    pending = g_strcmp0 (((PxTraineeCompletion *) g_ptr_array_index (p->trainees, i))->stored,
                         "pending") == 0;
  /* Translators: the class hours a completed trainee earns: 结业可获 40 学时 */
  credit_text = g_strdup_printf (_("Completing earns %s class hours"), credit);
  gtk_label_set_label (self->credit_label, credit_text);
  if (pending)
    /* Translators: what the rule would decide before it is applied */
    summary = g_strdup_printf (_("Not applied yet. The rule would decide: %u complete, %u do "
                                 "not, %u of them withdrawn for leave over 1/7."),
                               p->n_completed, p->n_not_completed, p->n_withdrawn_now);
  else
    {
      guint n_completed = 0;

      for (guint i = 0; i < p->trainees->len; i++)
        n_completed += g_strcmp0 (((PxTraineeCompletion *) g_ptr_array_index (p->trainees,
                                                                              i))->stored,
                                  "completed") == 0;
      /* Translators: the decisions recorded */
      summary = g_strdup_printf (_("Applied: %u completed, %u not completed."), n_completed,
                                 p->trainees->len - n_completed);
    }
  gtk_label_set_label (self->summary_label, summary);
}

/* Reads the preview again into the rows there are, so that a score typed in does not take the
 * focus from the next field. */
static void
reload (PxClassCompletionView *self)
{
  g_autoptr(PxTrainingClass) training_class = NULL;
  g_autoptr(PxClassCompletion) preview = NULL;
  g_autoptr(GError) error = NULL;

  if (self->class_id == NULL)
    {
      g_clear_pointer (&self->preview, px_class_completion_free);
      ensure_rows (self, 0);
      show_empty (self, _("No Class Selected"), _("Choose a class to decide who completed it."));
      return;
    }
  training_class = px_training_class_get (self->db, self->class_id, &error);
  if (training_class != NULL)
    preview = px_class_completion_preview (self->db, training_class->code, &error);
  if (preview == NULL)
    {
      g_clear_pointer (&self->preview, px_class_completion_free);
      ensure_rows (self, 0);
      show_empty (self, _("The Class Could Not Be Read"), error->message);
      return;
    }
  g_free (self->class_code);
  self->class_code = g_strdup (training_class->code);
  if (preview->trainees->len == 0)
    {
      g_clear_pointer (&self->preview, px_class_completion_free);
      ensure_rows (self, 0);
      show_empty (self, _("No Trainees Yet"),
                  _("Enroll trainees in the Trainees tab; who completed the class is decided "
                    "here when it ends."));
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "table");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "completion.apply", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "completion.override", TRUE);

  g_clear_pointer (&self->preview, px_class_completion_free);
  self->preview = g_steal_pointer (&preview);
  ensure_rows (self, self->preview->trainees->len);
  update_summary (self);
}

/* Scores */

static void
set_score_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PxClassCompletionView *self = PX_CLASS_COMPLETION_VIEW (widget);
  const char *enrollment_id, *kind;
  const PxTraineeCompletion *t;
  g_autoptr(GError) error = NULL;
  double score, exam, paper;
  guint index = 0;

  g_variant_get (parameter, "(&s&sd)", &enrollment_id, &kind, &score);
  t = find_trainee (self, enrollment_id, &index);
  if (t == NULL)
    return;
  exam = g_strcmp0 (kind, "exam") == 0 ? score : t->exam_score;
  paper = g_strcmp0 (kind, "paper") == 0 ? score : t->paper_score;
  if (!px_class_completion_set_scores (self->db, enrollment_id, exam, paper, &error))
    {
      GtkWidget *list_row = px_attendance_list_get_row (self->trainee_list, index);
      TraineeRow *row = list_row != NULL ? g_object_get_data (G_OBJECT (list_row), "trainee-row")
                                         : NULL;

      if (row != NULL)
        gtk_widget_add_css_class (g_strcmp0 (kind, "exam") == 0 ? row->exam : row->paper,
                                  "error");
      toast (self, error->message);
      return;
    }
  reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Applying the rule */

static void
apply_now_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PxClassCompletionView *self = PX_CLASS_COMPLETION_VIEW (widget);
  g_autoptr(PxClassCompletion) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (self->class_code == NULL)
    return;
  result = px_class_completion_apply (self->db, self->class_code, &error);
  if (result == NULL)
    {
      toast (self, error->message);
      return;
    }
  /* Translators: the result of applying the completion rule */
  message = g_strdup_printf (_("%u completed, %u not completed"), result->n_completed,
                             result->n_not_completed);
  toast (self, message);
  reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
apply_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   GtkWidget        *self)
{
  if (g_strcmp0 (response, "apply") == 0)
    gtk_widget_activate_action (self, "completion.apply-now", NULL);
}

/* Applies the rule, after asking when it would withdraw someone: that cannot be undone by
 * applying it again. */
static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PxClassCompletionView *self = PX_CLASS_COMPLETION_VIEW (widget);
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *list = NULL;
  GtkWidget *dialog;

  reload (self);
  if (self->preview == NULL)
    return;
  if (self->preview->n_withdrawn_now == 0)
    {
      gtk_widget_activate_action (widget, "completion.apply-now", NULL);
      return;
    }
  names = g_ptr_array_new ();
  for (guint i = 0; i < self->preview->trainees->len; i++)
    {
      const PxTraineeCompletion *t = g_ptr_array_index (self->preview->trainees, i);

      if (t->withdrawn_now)
        g_ptr_array_add (names, t->name);
    }
  g_ptr_array_add (names, NULL);
  /* Translators: joins the names of trainees, 、 in Chinese */
  list = g_strjoinv (_(", "), (char **) names->pdata);
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Withdraw %u Trainee?",
                                          "Withdraw %u Trainees?", self->preview->n_withdrawn_now),
                             self->preview->n_withdrawn_now);
  /* Translators: the names of the trainees the rule withdraws */
  body = g_strdup_printf (_("Their leave is over 1/7 of the class hours: %s. The rule withdraws "
                            "them from the class; the others are decided as the table shows."),
                          list);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "apply", _("_Apply and Withdraw"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (apply_response_cb), self, 0);
  g_set_weak_pointer (&self->dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The head teacher's override */

static void
override_trainee_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PxClassCompletionView *self = PX_CLASS_COMPLETION_VIEW (widget);
  const char *enrollment_id, *reason;
  const PxTraineeCompletion *t;
  g_autoptr(PxClassCompletion) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *trimmed = NULL;

  g_variant_get (parameter, "(&s&s)", &enrollment_id, &reason);
  t = find_trainee (self, enrollment_id, NULL);
  if (t == NULL || self->class_code == NULL)
    return;
  trimmed = g_strstrip (g_strdup (reason));
  if (*trimmed == '\0')
    {
      toast (self, _("Give the reason for overriding the rule."));
      return;
    }
  result = px_class_completion_override (self->db, self->class_code,
                                         (const char * const[]) { t->citizen_id, NULL },
                                         trimmed, &error);
  if (result == NULL)
    {
      toast (self, error->message);
      return;
    }
  /* Translators: a trainee's name */
  message = g_strdup_printf (_("%s recorded as completed"), t->name);
  toast (self, message);
  reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
override_reason_changed_cb (GtkEditable      *entry,
                            AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "override", *text != '\0');
}

static void
override_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      GtkWidget        *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "reason");
  const char *enrollment_id = g_object_get_data (G_OBJECT (dialog), "enrollment-id");

  if (g_strcmp0 (response, "override") == 0)
    gtk_widget_activate_action (self, "completion.override-trainee", "(ss)", enrollment_id,
                                gtk_editable_get_text (entry));
}

static void
override_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PxClassCompletionView *self = PX_CLASS_COMPLETION_VIEW (widget);
  int index = px_attendance_list_get_selected (self->trainee_list);
  const PxTraineeCompletion *t;
  g_autofree char *heading = NULL;
  GtkWidget *dialog, *entry;

  if (index < 0 || self->preview == NULL || (guint) index >= self->preview->trainees->len)
    {
      toast (self, _("Select the trainee whose completion the head teacher decides."));
      return;
    }
  t = g_ptr_array_index (self->preview->trainees, index);
  /* Translators: a trainee's name */
  heading = g_strdup_printf (_("Record %s as Completed?"), t->name);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading,
                                   _("The head teacher’s decision overrides the rule: the "
                                     "trainee completes the class and earns its credit hours. "
                                     "Say why; the reason is kept with the record."));
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry),
                                  _("Reason, e.g. leave on official duty approved by the unit"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "override", _("_Record as Completed"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "override",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "override");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "override", FALSE);
  g_object_set_data (G_OBJECT (dialog), "reason", entry);
  g_object_set_data_full (G_OBJECT (dialog), "enrollment-id", g_strdup (t->enrollment_id),
                          g_free);
  g_signal_connect (entry, "changed", G_CALLBACK (override_reason_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (override_response_cb), self, 0);
  g_set_weak_pointer (&self->dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* GObject */

static void
px_class_completion_view_dispose (GObject *object)
{
  PxClassCompletionView *self = PX_CLASS_COMPLETION_VIEW (object);

  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_clear_weak_pointer (&self->dialog);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_CLASS_COMPLETION_VIEW);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (px_class_completion_view_parent_class)->dispose (object);
}

static void
px_class_completion_view_finalize (GObject *object)
{
  PxClassCompletionView *self = PX_CLASS_COMPLETION_VIEW (object);

  g_free (self->class_id);
  g_free (self->class_code);
  g_clear_pointer (&self->preview, px_class_completion_free);

  G_OBJECT_CLASS (px_class_completion_view_parent_class)->finalize (object);
}

static void
px_class_completion_view_class_init (PxClassCompletionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_class_completion_view_dispose;
  object_class->finalize = px_class_completion_view_finalize;

  /**
   * PxClassCompletionView::changed:
   *
   * The view wrote to the database: the page refreshes the other tabs and the class list.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/peixun/Peixun/ui/px-class-completion-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PxClassCompletionView, stack);
  gtk_widget_class_bind_template_child (widget_class, PxClassCompletionView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PxClassCompletionView, credit_label);
  gtk_widget_class_bind_template_child (widget_class, PxClassCompletionView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PxClassCompletionView, header_row);
  gtk_widget_class_bind_template_child (widget_class, PxClassCompletionView, table_box);

  gtk_widget_class_install_action (widget_class, "completion.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "completion.apply-now", NULL,
                                   apply_now_action);
  gtk_widget_class_install_action (widget_class, "completion.override", NULL, override_action);
  gtk_widget_class_install_action (widget_class, "completion.override-trainee", "(ss)",
                                   override_trainee_action);
  gtk_widget_class_install_action (widget_class, "completion.set-score", "(ssd)",
                                   set_score_action);
}

static void
px_class_completion_view_init (PxClassCompletionView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->trainee_list = px_attendance_list_new ("trainees", TRUE, make_row, show_row, self);
  gtk_box_append (self->table_box, self->trainee_list);
  build_header (self);
  show_empty (self, _("No Class Selected"), _("Choose a class to decide who completed it."));
}

GtkWidget *
px_class_completion_view_new (PxDatabase *db)
{
  PxClassCompletionView *self;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);

  self = g_object_new (PX_TYPE_CLASS_COMPLETION_VIEW, NULL);
  self->db = g_object_ref (db);
  return GTK_WIDGET (self);
}

void
px_class_completion_view_set_class (PxClassCompletionView *self,
                                    const char            *class_id)
{
  g_return_if_fail (PX_IS_CLASS_COMPLETION_VIEW (self));

  if (g_strcmp0 (class_id, self->class_id) != 0)
    {
      g_free (self->class_id);
      self->class_id = g_strdup (class_id);
      g_clear_pointer (&self->preview, px_class_completion_free);
    }
  reload (self);
}

GtkWidget *
px_class_completion_view_get_dialog (PxClassCompletionView *self)
{
  g_return_val_if_fail (PX_IS_CLASS_COMPLETION_VIEW (self), NULL);
  return self->dialog;
}
