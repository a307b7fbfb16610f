/** The letter that invites someone to Koers, in both languages: Koers does not know a new person's language yet. */
export function invitationLetter(displayName: string, url: string) {
  return {
    subject: 'Uitnodiging voor Koers / Invitation to Koers',
    text: [
      `Beste ${displayName},`,
      '',
      'Je bent uitgenodigd voor Koers, de monitor van de vijf kernthema’s van Samen Opleiden.',
      'Stel via deze link je wachtwoord in (de link werkt één keer, twee weken lang):',
      url,
      '',
      'You have been invited to Koers. Use the link above to set your password.',
    ].join('\n'),
  };
}
