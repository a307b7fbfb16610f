/** Reminders to invited respondents: switching them off through the link in an email, in Dutch. */
export const remindersNl = {
  reminderOptOut: {
    title: 'Herinneringen uitzetten',
    text: 'U bent uitgenodigd om uw blik te geven op een zelfevaluatie. Wilt u daarover geen herinneringen meer ontvangen? Uw persoonlijke link blijft gewoon werken.',
    action: 'Zet herinneringen uit',
    done: 'Gelukt: u ontvangt over deze uitnodiging geen herinneringen meer. Uw persoonlijke link blijft werken, mocht u toch nog willen invullen.',
    unusable: 'Deze link klopt niet. Gebruik de link onderaan de e-mail die u ontving.',
  },
};
