/** The inbox of notices, in Dutch. */
export const noticesNl = {
  inbox: {
    title: 'Meldingen',
    intro: 'Wat er voor jou veranderd is: nieuwe signalen, acties, reviews en herinneringen.',
    bell_zero: 'Meldingen',
    bell_one: 'Meldingen, {{count}} ongelezen',
    bell_other: 'Meldingen, {{count}} ongelezen',
    empty: 'Je hebt geen meldingen.',
    unreadCount_one: '{{count}} ongelezen',
    unreadCount_other: '{{count}} ongelezen',
    unread: 'Nieuw',
    markRead: 'Markeer als gelezen',
    markAllRead: 'Alles gelezen',
    open: 'Bekijken',
    kinds: {
      review_new: 'Nieuwe review',
      flag_new: 'Nieuw signaal',
      action_new: 'Nieuwe actie',
      action_due_soon: 'Actie bijna verlopen',
      action_overdue: 'Actie over tijd',
      assessment_due_soon: 'Zelfevaluatie bijna verlopen',
      good_approach_submitted: 'Goede aanpak wacht op goedkeuring',
    },
    emailRhythm: {
      legend: 'E-mail: per melding of één keer per week',
      per_notice: {
        label: 'Per melding',
        hint: 'Een e-mail zodra er iets voor je is, voor de soorten die je hieronder per e-mail kiest.',
      },
      weekly: {
        label: 'Eén keer per week',
        hint: 'Op maandagochtend één overzicht: de nieuwe signalen van de afgelopen week en de acties die de komende week af moeten, in je partnerschappen. Je meldingen in Koers blijven.',
      },
      saved: {
        per_notice: 'Je krijgt weer een e-mail per melding.',
        weekly: 'Je krijgt voortaan één keer per week een overzicht per e-mail.',
      },
    },
    preferences: {
      title: 'Meldingen',
      intro: 'Kies per soort melding of je hem in Koers wilt zien en of je een e-mail wilt krijgen.',
      kind: 'Soort melding',
      inApp: 'In Koers',
      email: 'Per e-mail',
      inAppFor: '{{kind}} in Koers',
      emailFor: '{{kind}} per e-mail',
      submit: 'Voorkeuren opslaan',
      saved: 'Je voorkeuren zijn opgeslagen.',
    },
  },
};
